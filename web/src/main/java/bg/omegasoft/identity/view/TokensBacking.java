package bg.omegasoft.identity.view;

import bg.omegasoft.identity.boundary.MyAccount;
import bg.omegasoft.identity.boundary.NewToken;
import bg.omegasoft.identity.entity.ApiToken;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * identity/tokens.xhtml: the user's personal API tokens. A new token's secret is shown once, right
 * after it is created.
 */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MyAccount myAccount;

  private List<ApiToken> tokens;

  @Size(max = 100)
  private String name;

  private LocalDate validUntil;
  private String newSecret;

  @PostConstruct
  void load() {
    tokens = myAccount.tokens();
    validUntil = ApiToken.defaultLastDay(getToday());
  }

  public void create() {
    NewToken created = myAccount.createToken(name, validUntil);
    newSecret = created.secret();
    name = null;
    load();
    Messages.info("token.created");
  }

  public void revoke(long tokenId) {
    myAccount.revokeToken(tokenId);
    newSecret = null;
    load();
    Messages.info("token.revoked");
  }

  public boolean isActive(ApiToken token) {
    return token.isActiveAt(Instant.now());
  }

  public List<ApiToken> getTokens() {
    return tokens;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public String getNewSecret() {
    return newSecret;
  }

  public LocalDate getToday() {
    return LocalDate.now(SofiaTime.ZONE);
  }

  public LocalDate getLatestLastDay() {
    return ApiToken.latestLastDay(getToday());
  }
}
