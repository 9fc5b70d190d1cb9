/** REST resources of the identity capability: who the caller is. */
package bg.omegasoft.identity.api;
