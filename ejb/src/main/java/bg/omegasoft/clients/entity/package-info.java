/** Client companies, their contacts, and their licences of Omex® products with owner history. */
package bg.omegasoft.clients.entity;
