package bg.omegasoft.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium WebDriver, with a fresh profile each time; nothing
 * is downloaded (the driver and the browser are given explicitly). Paths can be changed with the
 * system properties omex.chromium and omex.chromedriver.
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final Path profile;
  private final WebDriverWait wait;

  public Browser() {
    try {
      profile = Files.createTempDirectory("omex-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("omex.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=bg",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("omex.chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    // a page that is being replaced can answer for elements that are already gone: ask again
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
  }

  public Browser open(String path) {
    driver.get(Http.BASE + path);
    return this;
  }

  public void signIn(String username, String password) {
    open("/login.xhtml");
    type(By.id("form:username"), username);
    type(By.id("form:password"), password);
    clickAndWait(By.id("form:sign-in"));
  }

  public void signOut() {
    clickAndWait(By.id("menuForm:sign-out"));
  }

  public void type(By field, String text) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
    element.clear();
    element.sendKeys(text);
  }

  /** Clicks something that loads a new page and waits until the old page is gone. */
  public void clickAndWait(By target) {
    WebElement page = wait.until(d -> d.findElement(By.tagName("html")));
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
    try {
      click(element);
    } catch (WebDriverException e) {
      // the new page replaced the old one while the click was still being reported
    }
    wait.until(ExpectedConditions.stalenessOf(page));
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Clicks something that updates the page by Ajax and waits for the text to appear. */
  public void clickAndExpect(By target, String text) {
    click(wait.until(ExpectedConditions.elementToBeClickable(target)));
    waitForText(text);
  }

  /** Scrolls the element to the middle of the window first, so nothing at an edge covers it. */
  private void click(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
    element.click();
  }

  /**
   * Picks an option of a PrimeFaces select menu by its label as a person does (open it, wait for
   * its list, click the option) and waits until the menu shows the choice and its list is closed.
   * The menu is clicked again only when its list did not open within a few seconds, so a slow
   * opening on a busy machine is not closed again by a second click.
   */
  public void choose(String menuId, String label) {
    By menu = By.id(menuId);
    By panel = By.id(menuId + "_panel");
    By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
    WebDriverWait opening = new WebDriverWait(driver, Duration.ofSeconds(5));
    wait.until(
        d -> {
          boolean open = displayed(panel);
          if (label.equals(d.findElement(By.id(menuId + "_label")).getText()) && !open) {
            return true;
          }
          if (!open) {
            click(d.findElement(menu));
            try {
              opening.until(x -> displayed(item));
            } catch (TimeoutException e) {
              return false;
            }
          }
          if (displayed(item)) {
            click(d.findElement(item));
          }
          return false;
        });
  }

  /**
   * Types a date into a PrimeFaces date picker as a person does (into the field, replacing its
   * text) and closes the calendar that opened, so that it covers nothing below.
   */
  public void typeDate(String pickerId, String date) {
    By input = By.id(pickerId + "_input");
    By panel = By.id(pickerId + "_panel");
    wait.until(
        d -> {
          WebElement field = d.findElement(input);
          if (!date.equals(field.getAttribute("value"))) {
            // the calendar may have opened over the field: close it before typing again, and
            // type into the element itself rather than clicking at a point it may cover
            if (displayed(panel)) {
              field.sendKeys(Keys.ESCAPE);
            }
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), date);
            return false;
          }
          if (displayed(panel)) {
            field.sendKeys(Keys.ESCAPE);
            if (displayed(panel)) {
              click(d.findElement(By.tagName("h1")));
            }
            return false;
          }
          return true;
        });
  }

  private boolean displayed(By locator) {
    List<WebElement> found = driver.findElements(locator);
    return !found.isEmpty() && found.get(0).isDisplayed();
  }

  /** Waits for the text; when it does not come, fails with what the page shows instead. */
  public void waitForText(String text) {
    try {
      wait.until(d -> pageText().contains(text));
    } catch (TimeoutException e) {
      Path kept = keepPage();
      throw new AssertionError(
          "\""
              + text
              + "\" did not appear; the page shows: "
              + pageText()
              + " (kept in "
              + kept
              + ")",
          e);
    }
  }

  /** Keeps the page's HTML and a screenshot under target/browser-failures for the reader. */
  private Path keepPage() {
    try {
      Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
      String name = "page-" + System.currentTimeMillis();
      Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(folder.resolve(name + ".png"), png);
      return folder.resolve(name + ".html").toAbsolutePath();
    } catch (IOException | WebDriverException e) {
      return Path.of("(not kept: " + e.getMessage() + ")");
    }
  }

  /**
   * Shows the page in a window of the size (a laptop 1366x900, a phone 390x844) and keeps what is
   * seen under target/screenshots/name.png, for a person to look at; answers the file.
   */
  public Path screenshot(String name, int width, int height) {
    return screenshot(name, width, height, null);
  }

  /** As {@link #screenshot(String, int, int)}, with the element scrolled to the window's middle. */
  public Path screenshot(String name, int width, int height, By showing) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    if (showing != null) {
      ((JavascriptExecutor) driver)
          .executeScript(
              "arguments[0].scrollIntoView({block: 'center'});", driver.findElement(showing));
    }
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    try {
      Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fetches a link of the page with this browser's session, as a click would; answers 200's body.
   */
  public byte[] download(String href) {
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    try {
      java.net.http.HttpResponse<byte[]> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError(href + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String pageText() {
    return wait.until(d -> d.findElement(By.tagName("body")).getText());
  }

  public boolean has(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  public String title() {
    return driver.getTitle();
  }

  public String currentPath() {
    return driver.getCurrentUrl().substring(Http.BASE.length());
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
