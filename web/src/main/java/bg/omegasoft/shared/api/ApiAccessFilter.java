package bg.omegasoft.shared.api;

import bg.omegasoft.identity.security.OmexAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Deny by default for the REST API: a resource method is open to anonymous callers only when it (or
 * its class) says {@code @PermitAll}; otherwise it needs a valid API token, and
 * {@code @RolesAllowed} names the roles. Refusals are problem+json: 401 without (or with a bad)
 * token, 403 without the role. The boundaries behind the resources check roles again.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccessFilter implements ContainerRequestFilter {

  @Context private ResourceInfo resource;
  @Context private HttpServletRequest request;
  @Context private HttpHeaders headers;

  @Override
  public void filter(ContainerRequestContext context) {
    if (request.getAttribute(OmexAuthenticationMechanism.INVALID_TOKEN) != null) {
      context.abortWith(Problems.response(401, Problems.locale(headers), "token.invalid"));
      return;
    }
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    if (declared(method, DenyAll.class)) {
      context.abortWith(Problems.response(403, Problems.locale(headers), "auth.forbidden"));
      return;
    }
    if (declared(method, PermitAll.class)) {
      return;
    }
    if (context.getSecurityContext().getUserPrincipal() == null) {
      context.abortWith(Problems.response(401, Problems.locale(headers), "auth.required"));
      return;
    }
    RolesAllowed roles = annotation(method, RolesAllowed.class);
    if (roles != null
        && Arrays.stream(roles.value()).noneMatch(context.getSecurityContext()::isUserInRole)) {
      context.abortWith(Problems.response(403, Problems.locale(headers), "auth.forbidden"));
    }
  }

  private static boolean declared(Method method, Class<? extends Annotation> type) {
    return method.isAnnotationPresent(type)
        || (!hasAccessAnnotation(method) && method.getDeclaringClass().isAnnotationPresent(type));
  }

  private static <A extends Annotation> A annotation(Method method, Class<A> type) {
    A onMethod = method.getAnnotation(type);
    return onMethod != null || hasAccessAnnotation(method)
        ? onMethod
        : method.getDeclaringClass().getAnnotation(type);
  }

  private static boolean hasAccessAnnotation(AnnotatedElement element) {
    return element.isAnnotationPresent(PermitAll.class)
        || element.isAnnotationPresent(DenyAll.class)
        || element.isAnnotationPresent(RolesAllowed.class);
  }
}
