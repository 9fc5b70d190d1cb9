package bg.omegasoft.it.notices;

import bg.omegasoft.shared.boundary.Notice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps every {@link Notice} the platform fires, for tests that check who is told what. It is
 * deployed as a library of the EAR (see {@link #library()}), so events fired in the EJB module
 * reach it.
 */
@ApplicationScoped
public class NoticeLog {

  private final List<Notice> seen = new CopyOnWriteArrayList<>();

  void on(@Observes Notice notice) {
    seen.add(notice);
  }

  public List<Notice> withDedupKey(String key) {
    return seen.stream().filter(n -> n.dedupKey().equals(key)).toList();
  }

  /** The library that carries this observer into the EAR. */
  public static org.jboss.shrinkwrap.api.spec.JavaArchive library() {
    return org.jboss.shrinkwrap.api.ShrinkWrap.create(
            org.jboss.shrinkwrap.api.spec.JavaArchive.class, "notice-log.jar")
        .addClass(NoticeLog.class)
        .addAsManifestResource(org.jboss.shrinkwrap.api.asset.EmptyAsset.INSTANCE, "beans.xml");
  }
}
