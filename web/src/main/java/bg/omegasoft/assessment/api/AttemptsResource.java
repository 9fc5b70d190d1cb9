package bg.omegasoft.assessment.api;

import bg.omegasoft.assessment.boundary.AttemptView;
import bg.omegasoft.assessment.boundary.Attempts;
import bg.omegasoft.assessment.boundary.ResultView;
import bg.omegasoft.assessment.boundary.SavedAnswer;
import bg.omegasoft.assessment.entity.Answer;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.api.JsonFields;
import bg.omegasoft.shared.api.Params;
import bg.omegasoft.shared.api.RequestProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A trainee's attempt through the API (see {@link MyTestsResource} for starting one). A trainee
 * takes a test with their own API token, as the page does: the open tests, start (or resume), each
 * answer saved as given (PUT, idempotent; with "revision" a change made elsewhere is not
 * overwritten: 409), submit (once; again answers the same result), the result. The server is the
 * clock: answers after the deadline are refused (409). No scoring key is ever in an answer.
 */
@Path("attempts")
@RolesAllowed(Roles.TRAINEE)
@SecurityRequirement(name = "token")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AttemptsResource {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

  @EJB private Attempts attempts;

  @GET
  @Path("{id: " + Params.ID + "}")
  @Operation(summary = "My attempt with its questions and the answers saved so far")
  public JsonObject view(@PathParam("id") long id) {
    return json(attempts.view(id));
  }

  @PUT
  @Path("{id: " + Params.ID + "}/items/{itemId: " + Params.ID + "}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Save the answer to one question: {\"options\":[ids]} | {\"value\":true} |"
              + " {\"text\":\"...\"}, optionally with \"revision\"")
  public JsonObject answer(
      @PathParam("id") long id, @PathParam("itemId") long itemId, JsonObject body) {
    SavedAnswer saved = attempts.answer(id, itemId, answerOf(body), revisionOf(body));
    return Json.createObjectBuilder()
        .add("item", saved.itemId())
        .add("revision", saved.revision())
        .add("changed", saved.changed())
        .add("deadline", ISO.format(saved.deadline()))
        .build();
  }

  @POST
  @Path("{id: " + Params.ID + "}/submission")
  @Operation(summary = "Submit and grade the attempt; again answers the same result")
  public JsonObject submit(@PathParam("id") long id) {
    return json(attempts.submit(id));
  }

  @GET
  @Path("{id: " + Params.ID + "}/result")
  @Operation(summary = "The result of my submitted attempt")
  public JsonObject result(@PathParam("id") long id) {
    return json(attempts.result(id));
  }

  /**
   * The answer in the body: {@code options} (an array of option ids), {@code value} (true, false or
   * null) or {@code text} (text or null); 400 naming the field when it has another type.
   */
  static Answer answerOf(JsonObject body) {
    if (body.containsKey("options")) {
      JsonValue options = body.get("options");
      if (!(options instanceof JsonArray array)) {
        throw RequestProblem.invalid("options", "api.answer.options");
      }
      List<Long> ids = new ArrayList<>();
      for (JsonValue value : array) {
        Long id = JsonFields.whole(value, 1, Long.MAX_VALUE);
        if (id == null) {
          throw RequestProblem.invalid("options", "api.answer.options");
        }
        ids.add(id);
      }
      return Answer.ofOptions(ids);
    }
    if (body.containsKey("value")) {
      return Answer.ofTruth(JsonFields.flag(body, "value"));
    }
    if (body.containsKey("text")) {
      return Answer.ofText(JsonFields.text(body, "text"));
    }
    throw RequestProblem.invalid("body", "api.answer.shape");
  }

  private static Integer revisionOf(JsonObject body) {
    return JsonFields.integer(body, "revision", 0, Integer.MAX_VALUE);
  }

  static JsonObject json(AttemptView view) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (AttemptView.Item item : view.items()) {
      JsonArrayBuilder options = Json.createArrayBuilder();
      item.options()
          .forEach(
              o -> options.add(Json.createObjectBuilder().add("id", o.id()).add("text", o.text())));
      JsonArrayBuilder chosen = Json.createArrayBuilder();
      item.chosen().forEach(chosen::add);
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add("id", item.id())
              .add("position", item.position())
              .add("type", item.type().name())
              .add("text", item.html())
              .add("options", options)
              .add("chosen", chosen)
              .add("revision", item.revision());
      if (item.truth() != null) {
        json.add("value", item.truth());
      }
      if (item.text() != null) {
        json.add("answerText", item.text());
      }
      if (item.imageId() != null) {
        json.add("image", "/assessment/file?image=" + item.imageId());
      }
      items.add(json);
    }
    return Json.createObjectBuilder()
        .add("id", view.id())
        .add("test", view.testId())
        .add("title", view.title())
        .add("kind", view.kind().name())
        .add("number", view.number())
        .add("status", view.status().name())
        .add("startedAt", ISO.format(view.startedAt()))
        .add("deadline", ISO.format(view.deadline()))
        .add("serverTime", ISO.format(view.serverNow()))
        .add("items", items)
        .build();
  }

  static JsonObject json(ResultView result) {
    JsonArrayBuilder topics = Json.createArrayBuilder();
    result
        .topics()
        .forEach(
            t ->
                topics.add(
                    Json.createObjectBuilder()
                        .add("topic", t.topic())
                        .add("points", t.points())
                        .add("maxPoints", t.maxPoints())
                        .add("percent", t.percent())));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("attempt", result.attemptId())
            .add("test", result.testId())
            .add("kind", result.kind().name())
            .add("status", result.status().name())
            .add("submittedAt", ISO.format(result.submittedAt()))
            .add("submittedBy", result.submittedBy().name())
            .add("points", result.points())
            .add("maxPoints", result.maxPoints())
            .add("percent", result.percent())
            .add("topics", topics);
    if (result.passMark() != null) {
      json.add("passMark", result.passMark()).add("passed", result.isPassedTest());
    }
    return json.build();
  }
}
