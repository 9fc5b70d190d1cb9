package bg.omegasoft.assessment.control;

import bg.omegasoft.assessment.entity.Difficulty;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.QuestionContent;
import bg.omegasoft.assessment.entity.QuestionContent.Choice;
import bg.omegasoft.assessment.entity.QuestionType;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.entity.PlainText;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Question banks in Moodle XML, the format trainers already use in Moodle. The subset (README):
 * question types multichoice (single true: single choice; false: multiple choice, an answer with a
 * positive fraction is correct), truefalse, numerical (first answer with fraction 100 and its
 * tolerance) and shortanswer (answers with fraction 100); the question text as HTML with at most
 * one embedded picture (a {@code <file>} in base64); generalfeedback as the explanation; the
 * difficulty as a tag {@code difficulty:EASY|MEDIUM|HARD} (MEDIUM without one). Other types and
 * categories are skipped. Files with a DOCTYPE are refused.
 */
public final class MoodleXml {

  /** At most this many bytes are read. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final String DIFFICULTY_TAG = "difficulty:";

  private MoodleXml() {}

  /** A question read from a file, with its picture if it had one. */
  public record Imported(QuestionContent content, String imageType, byte[] image) {}

  /** A picture to write into a file. */
  public record Image(String contentType, byte[] data) {}

  public static List<Imported> read(byte[] xml) {
    if (xml == null || xml.length == 0 || xml.length > MAX_BYTES) {
      throw new InvalidInputException("file", "bank.importInvalid");
    }
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      document = builder.parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new InvalidInputException("file", "bank.importInvalid");
    }
    if (!"quiz".equals(document.getDocumentElement().getTagName())) {
      throw new InvalidInputException("file", "bank.importInvalid");
    }
    List<Imported> questions = new ArrayList<>();
    for (Element question : children(document.getDocumentElement(), "question")) {
      QuestionType type = typeOf(question);
      if (type != null) {
        questions.add(question(question, type));
      }
    }
    return questions;
  }

  private static QuestionType typeOf(Element question) {
    return switch (question.getAttribute("type")) {
      case "multichoice" ->
          "false".equalsIgnoreCase(text(question, "single"))
              ? QuestionType.MULTIPLE_CHOICE
              : QuestionType.SINGLE_CHOICE;
      case "truefalse" -> QuestionType.TRUE_FALSE;
      case "numerical" -> QuestionType.NUMERIC;
      case "shortanswer" -> QuestionType.SHORT_ANSWER;
      default -> null;
    };
  }

  private static Imported question(Element question, QuestionType type) {
    Element questionText = child(question, "questiontext");
    String html = questionText == null ? null : text(questionText, "text");
    if (html != null) {
      html = html.replaceAll("<img[^>]*@@PLUGINFILE@@[^>]*>", "");
    }
    String explanation = plainOrNull(child(question, "generalfeedback"));
    Boolean truth = null;
    BigDecimal number = null;
    BigDecimal tolerance = null;
    List<Choice> options = new ArrayList<>();
    for (Element answer : children(question, "answer")) {
      double fraction = fraction(answer);
      String answerText = QuestionHtml.plain(text(answer, "text"));
      switch (type) {
        case SINGLE_CHOICE, MULTIPLE_CHOICE -> options.add(new Choice(answerText, fraction > 0));
        case TRUE_FALSE -> {
          if (fraction >= 100) {
            truth = "true".equalsIgnoreCase(answerText);
          }
        }
        case NUMERIC -> {
          if (fraction >= 100 && number == null) {
            number = decimal(answerText);
            String t = text(answer, "tolerance");
            tolerance = t == null || t.isBlank() ? BigDecimal.ZERO : decimal(t);
          }
        }
        case SHORT_ANSWER -> {
          if (fraction >= 100) {
            options.add(new Choice(answerText, true));
          }
        }
      }
    }
    String imageType = null;
    byte[] image = null;
    Element file = questionText == null ? null : child(questionText, "file");
    if (file != null) {
      imageType = imageTypeOf(file.getAttribute("name"));
      try {
        image = Base64.getMimeDecoder().decode(file.getTextContent().strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("file", "bank.importInvalid");
      }
    }
    QuestionContent content =
        new QuestionContent(
            type, difficultyOf(question), html, truth, number, tolerance, explanation, options);
    return new Imported(content, imageType, image);
  }

  /** The bank's questions as a Moodle XML document. */
  public static String write(
      String bankTitle, List<Question> questions, Function<Long, Image> images) {
    try {
      Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      Element quiz = document.createElement("quiz");
      document.appendChild(quiz);
      Element category = element(document, quiz, "question", null);
      category.setAttribute("type", "category");
      Element categoryName = element(document, category, "category", null);
      element(document, categoryName, "text", "$course$/" + bankTitle);
      for (Question question : questions) {
        writeQuestion(document, quiz, question, images.apply(question.getImageId()));
      }
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException("The bank could not be written as Moodle XML", e);
    }
  }

  private static void writeQuestion(Document d, Element quiz, Question q, Image image) {
    Element question = element(d, quiz, "question", null);
    question.setAttribute(
        "type",
        switch (q.getType()) {
          case SINGLE_CHOICE, MULTIPLE_CHOICE -> "multichoice";
          case TRUE_FALSE -> "truefalse";
          case NUMERIC -> "numerical";
          case SHORT_ANSWER -> "shortanswer";
        });
    Element name = element(d, question, "name", null);
    String plain = QuestionHtml.plain(q.getText());
    element(d, name, "text", plain.length() > 60 ? plain.substring(0, 60) : plain);
    Element text = element(d, question, "questiontext", null);
    text.setAttribute("format", "html");
    String html = q.getText();
    if (image != null) {
      String fileName = "image" + extension(image.contentType());
      html += "<p><img src=\"@@PLUGINFILE@@/" + fileName + "\" alt=\"\"/></p>";
      Element file = element(d, text, "file", Base64.getEncoder().encodeToString(image.data()));
      file.setAttribute("name", fileName);
      file.setAttribute("path", "/");
      file.setAttribute("encoding", "base64");
    }
    text.insertBefore(cdata(d, "text", html), text.getFirstChild());
    if (q.getExplanation() != null) {
      Element feedback = element(d, question, "generalfeedback", null);
      feedback.setAttribute("format", "plain_text");
      element(d, feedback, "text", q.getExplanation());
    }
    element(d, question, "defaultgrade", "1");
    switch (q.getType()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        element(
            d, question, "single", q.getType() == QuestionType.SINGLE_CHOICE ? "true" : "false");
        element(d, question, "shuffleanswers", "true");
        long correct = q.getOptions().stream().filter(o -> o.isCorrect()).count();
        q.getOptions()
            .forEach(
                o ->
                    answer(
                        d,
                        question,
                        o.isCorrect() ? fraction(100.0 / Math.max(1, correct)) : "0",
                        o.getText()));
      }
      case TRUE_FALSE -> {
        answer(d, question, q.getTrueAnswer() ? "100" : "0", "true");
        answer(d, question, q.getTrueAnswer() ? "0" : "100", "false");
      }
      case NUMERIC -> {
        Element answer = answer(d, question, "100", q.getNumericAnswer().toPlainString());
        element(d, answer, "tolerance", q.getNumericTolerance().toPlainString());
      }
      case SHORT_ANSWER -> {
        element(d, question, "usecase", "0");
        q.getOptions().forEach(o -> answer(d, question, "100", o.getText()));
      }
    }
    Element tags = element(d, question, "tags", null);
    Element tag = element(d, tags, "tag", null);
    element(d, tag, "text", DIFFICULTY_TAG + q.getDifficulty().name());
  }

  private static Element answer(Document d, Element question, String fraction, String text) {
    Element answer = element(d, question, "answer", null);
    answer.setAttribute("fraction", fraction);
    answer.setAttribute("format", "plain_text");
    element(d, answer, "text", text);
    return answer;
  }

  private static String fraction(double value) {
    return BigDecimal.valueOf(value)
        .setScale(5, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static Element cdata(Document d, String tag, String content) {
    Element element = d.createElement(tag);
    element.appendChild(d.createCDATASection(PlainText.text(content)));
    return element;
  }

  private static Element element(Document d, Element parent, String tag, String text) {
    Element element = d.createElement(tag);
    if (text != null) {
      element.setTextContent(PlainText.text(text));
    }
    parent.appendChild(element);
    return element;
  }

  private static Difficulty difficultyOf(Element question) {
    Element tags = child(question, "tags");
    if (tags != null) {
      for (Element tag : children(tags, "tag")) {
        String value = text(tag, "text");
        if (value != null && value.strip().toLowerCase(Locale.ROOT).startsWith(DIFFICULTY_TAG)) {
          try {
            return Difficulty.valueOf(
                value.strip().substring(DIFFICULTY_TAG.length()).toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            return Difficulty.MEDIUM;
          }
        }
      }
    }
    return Difficulty.MEDIUM;
  }

  private static double fraction(Element answer) {
    try {
      return Double.parseDouble(answer.getAttribute("fraction"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("file", "bank.importInvalid");
    }
  }

  private static String plainOrNull(Element element) {
    if (element == null) {
      return null;
    }
    String text = QuestionHtml.plain(text(element, "text"));
    return text.isBlank() ? null : text;
  }

  private static String imageTypeOf(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return "image/png";
    }
    if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      return "image/jpeg";
    }
    if (name.endsWith(".gif")) {
      return "image/gif";
    }
    if (name.endsWith(".webp")) {
      return "image/webp";
    }
    return "application/octet-stream";
  }

  private static String extension(String contentType) {
    return switch (contentType) {
      case "image/png" -> ".png";
      case "image/jpeg" -> ".jpg";
      case "image/gif" -> ".gif";
      default -> ".webp";
    };
  }

  private static String text(Element parent, String tag) {
    Element child = child(parent, tag);
    return child == null ? null : child.getTextContent();
  }

  private static Element child(Element parent, String tag) {
    List<Element> found = children(parent, tag);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && element.getTagName().equals(tag)) {
        found.add(element);
      }
    }
    return found;
  }
}
