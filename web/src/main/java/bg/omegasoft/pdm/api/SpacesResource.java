package bg.omegasoft.pdm.api;

import bg.omegasoft.pdm.boundary.FileDownload;
import bg.omegasoft.pdm.boundary.NewFile;
import bg.omegasoft.pdm.boundary.SpaceAudit;
import bg.omegasoft.pdm.boundary.SpaceFiles;
import bg.omegasoft.pdm.boundary.Spaces;
import bg.omegasoft.pdm.boundary.UnknownFileException;
import bg.omegasoft.pdm.entity.LegalBasis;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.Side;
import bg.omegasoft.shared.api.Params;
import bg.omegasoft.shared.api.RequestProblem;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * PDM through the API, with the caller's personal token. Every answer is scoped by the caller's
 * rights: a space or file the caller may not enter answers 404, exactly like one that does not
 * exist; a deleted or expired file of the caller's own space answers 410.
 */
@Path("pdm/spaces")
@SecurityRequirement(name = "token")
@Produces(MediaType.APPLICATION_JSON)
public class SpacesResource {

  @EJB private Spaces spaces;
  @EJB private SpaceFiles files;
  @EJB private SpaceAudit audit;

  @GET
  @Operation(summary = "The spaces the caller may enter")
  public JsonArray mine() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    spaces
        .mine()
        .forEach(
            s ->
                list.add(
                    Json.createObjectBuilder()
                        .add("clientId", s.clientId())
                        .add("clientName", s.clientName())
                        .add("access", s.access().name())
                        .add("retentionDays", s.retentionDays())));
    return list.build();
  }

  @GET
  @Path("{clientId: " + Params.ID + "}/files")
  @Operation(summary = "The available files of a space, newest first (optionally of one folder)")
  public JsonArray list(@PathParam("clientId") long clientId, @QueryParam("folder") String folder) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    files.files(clientId, Params.id("folder", folder)).forEach(f -> list.add(FileJson.of(f)));
    return list.build();
  }

  /**
   * Uploads the raw request body as a file. The name comes from {@code name} (or the X-File-Name
   * header, percent-encoded UTF-8); legal basis and purpose are required. Over the size limit the
   * answer is 413, decided while the body streams in; nothing is kept.
   */
  @POST
  @Path("{clientId: " + Params.ID + "}/files")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Upload a file as the raw request body")
  public Response upload(
      @PathParam("clientId") long clientId,
      @QueryParam("name") String name,
      @HeaderParam("X-File-Name") String headerName,
      @QueryParam("legalBasis") String legalBasis,
      @QueryParam("purpose") String purpose,
      @QueryParam("folder") String folder,
      @QueryParam("retentionDays") String retentionDays,
      @HeaderParam("Content-Length") Long contentLength,
      @Context UriInfo uri,
      InputStream body) {
    String fileName = name != null ? name : decode(headerName);
    PdmFile file =
        files.upload(
            new NewFile(
                clientId,
                Params.id("folder", folder),
                fileName,
                legalBasis(legalBasis),
                purpose,
                Params.integer("retentionDays", retentionDays),
                contentLength == null ? -1 : contentLength),
            body);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(file.getId())).build())
        .entity(FileJson.of(file))
        .build();
  }

  @GET
  @Path("{clientId: " + Params.ID + "}/files/{fileId: " + Params.ID + "}")
  @Operation(summary = "A file's record: name, size, SHA-256, legal basis, purpose, retention")
  public JsonObject file(@PathParam("clientId") long clientId, @PathParam("fileId") long fileId) {
    return FileJson.of(inSpace(clientId, fileId));
  }

  /**
   * The file's content, after the whole stored file passed its integrity check; the download is in
   * the space's audit before the first byte is sent. Repr-Digest carries the SHA-256 (RFC 9530).
   */
  @GET
  @Path("{clientId: " + Params.ID + "}/files/{fileId: " + Params.ID + "}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a file's content (verified, audited)")
  public Response content(@PathParam("clientId") long clientId, @PathParam("fileId") long fileId) {
    inSpace(clientId, fileId);
    FileDownload download = files.download(fileId);
    StreamingOutput stream =
        out -> {
          try (InputStream in = download.open()) {
            in.transferTo(out);
          }
        };
    return Response.ok(stream, download.contentType())
        .header("Content-Length", download.sizeBytes())
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + download.name().replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_")
                + "\"; filename*=UTF-8''"
                + URLEncoder.encode(download.name(), StandardCharsets.UTF_8).replace("+", "%20"))
        .header(
            "Repr-Digest",
            "sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(download.sha256()))
                + ":")
        .header("Cache-Control", "no-store")
        .build();
  }

  @DELETE
  @Path("{clientId: " + Params.ID + "}/files/{fileId: " + Params.ID + "}")
  @Operation(summary = "Delete a file (its key is destroyed at once)")
  public Response delete(@PathParam("clientId") long clientId, @PathParam("fileId") long fileId) {
    inSpace(clientId, fileId);
    files.delete(fileId);
    return Response.noContent().build();
  }

  @GET
  @Path("{clientId: " + Params.ID + "}/audit")
  @Operation(summary = "The space's audit by Sofia dates (client administrators, assigned staff)")
  public JsonArray audit(
      @PathParam("clientId") long clientId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("side") String side) {
    LocalDate today = LocalDate.now(SofiaTime.ZONE);
    JsonArrayBuilder list = Json.createArrayBuilder();
    audit
        .events(
            clientId,
            orElse(Params.date("from", from), today.minusDays(30)),
            orElse(Params.date("to", to), today),
            side == null ? null : side(side),
            SpaceAudit.MAX_ENTRIES)
        .forEach(e -> list.add(FileJson.of(e)));
    return list.build();
  }

  private PdmFile inSpace(long clientId, long fileId) {
    PdmFile file = files.file(fileId);
    if (file.getClientId() != clientId) {
      throw new UnknownFileException(fileId);
    }
    return file;
  }

  private static LegalBasis legalBasis(String value) {
    if (value == null) {
      return null;
    }
    try {
      return LegalBasis.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("legalBasis", "pdm.legalBasis.required");
    }
  }

  private static Side side(String value) {
    try {
      return Side.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("side", "input.invalid");
    }
  }

  private static LocalDate orElse(LocalDate date, LocalDate fallback) {
    return date == null ? fallback : date;
  }

  /** The file name of the X-File-Name header, percent-encoded UTF-8; 400 naming it if malformed. */
  private static String decode(String header) {
    try {
      return header == null ? null : URLDecoder.decode(header, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      throw RequestProblem.invalid("X-File-Name", "pdm.api.fileNameHeader");
    }
  }
}
