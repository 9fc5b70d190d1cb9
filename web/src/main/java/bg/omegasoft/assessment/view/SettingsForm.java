package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.entity.TestSettings;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/** The settings fields of a test; the window is entered in Sofia time. */
public class SettingsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 200)
  private String title;

  private int timeLimitMinutes = 30;
  private int maxAttempts = 2;
  private LocalDateTime availableFrom;
  private LocalDateTime availableUntil;
  private boolean shuffleOptions = true;
  private boolean reviewAllowed;

  void takeFrom(TestSettings settings) {
    title = settings.title();
    timeLimitMinutes = settings.timeLimitMinutes();
    maxAttempts = settings.maxAttempts();
    availableFrom = local(settings.availableFrom());
    availableUntil = local(settings.availableUntil());
    shuffleOptions = settings.shuffleOptions();
    reviewAllowed = settings.reviewAllowed();
  }

  TestSettings toSettings() {
    return new TestSettings(
        title,
        timeLimitMinutes,
        maxAttempts,
        instant(availableFrom),
        instant(availableUntil),
        shuffleOptions,
        reviewAllowed);
  }

  private static LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, SofiaTime.ZONE);
  }

  private static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(SofiaTime.ZONE).toInstant();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public int getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public void setTimeLimitMinutes(int timeLimitMinutes) {
    this.timeLimitMinutes = timeLimitMinutes;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public LocalDateTime getAvailableFrom() {
    return availableFrom;
  }

  public void setAvailableFrom(LocalDateTime availableFrom) {
    this.availableFrom = availableFrom;
  }

  public LocalDateTime getAvailableUntil() {
    return availableUntil;
  }

  public void setAvailableUntil(LocalDateTime availableUntil) {
    this.availableUntil = availableUntil;
  }

  public boolean isShuffleOptions() {
    return shuffleOptions;
  }

  public void setShuffleOptions(boolean shuffleOptions) {
    this.shuffleOptions = shuffleOptions;
  }

  public boolean isReviewAllowed() {
    return reviewAllowed;
  }

  public void setReviewAllowed(boolean reviewAllowed) {
    this.reviewAllowed = reviewAllowed;
  }
}
