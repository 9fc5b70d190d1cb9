package bg.omegasoft.identity.boundary;

import bg.omegasoft.identity.entity.ApiToken;

/** A token just created, with its secret: the only moment the secret is known outside its owner. */
public record NewToken(ApiToken token, String secret) {}
