package bg.omegasoft.contracts.view;

import bg.omegasoft.contracts.entity.OutsourcedProcess;
import bg.omegasoft.contracts.entity.ProcessArea;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The outsourced processes part of the terms form: three rows, blank ones left out. */
public class ProcessesEditor implements Serializable {
  private static final long serialVersionUID = 1L;
  private final List<ProcessRow> rows =
      new ArrayList<>(List.of(new ProcessRow(), new ProcessRow(), new ProcessRow()));

  void fill(List<OutsourcedProcess> existing) {
    for (int i = 0; i < existing.size() && i < rows.size(); i++) {
      rows.get(i).setArea(existing.get(i).getArea().name());
      rows.get(i).setName(existing.get(i).getName());
      rows.get(i).setMonthlyAmount(existing.get(i).getMonthlyAmount());
    }
  }

  /** The processes entered, names stripped. */
  List<OutsourcedProcess> processes() {
    return rows.stream()
        .filter(p -> !p.isBlank())
        .map(
            p ->
                new OutsourcedProcess(
                    ProcessArea.valueOf(p.getArea()), p.getName().strip(), p.getMonthlyAmount()))
        .toList();
  }

  public List<ProcessRow> getRows() {
    return rows;
  }
}
