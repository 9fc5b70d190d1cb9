/** Finding, writing, publishing and mailing the articles of the knowledge base. */
package bg.omegasoft.knowledge.boundary;
