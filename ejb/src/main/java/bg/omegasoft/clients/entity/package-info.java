/** Client companies and their identifying details. */
package bg.omegasoft.clients.entity;
