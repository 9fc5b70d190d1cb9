package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.IdentityChecks;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The choices the service desk's forms offer: types, statuses, channels, modes, checks. */
@Named
@ApplicationScoped
public class ServiceDeskChoices {

  private static final List<RequestType> CLIENT_TYPES =
      Arrays.stream(RequestType.values()).filter(RequestType::isClientService).toList();
  private static final List<RequestType> STAFF_TYPES =
      Arrays.stream(RequestType.values()).filter(t -> t != RequestType.REFERRAL).toList();

  public List<RequestType> getClientTypes() {
    return CLIENT_TYPES;
  }

  public List<RequestType> getStaffTypes() {
    return STAFF_TYPES;
  }

  public RequestType[] getTypes() {
    return RequestType.values();
  }

  public RequestStatus[] getStatuses() {
    return RequestStatus.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public DeliveryMode[] getModes() {
    return DeliveryMode.values();
  }

  public IdentityChecks.Step[] getCheckSteps() {
    return IdentityChecks.Step.values();
  }
}
