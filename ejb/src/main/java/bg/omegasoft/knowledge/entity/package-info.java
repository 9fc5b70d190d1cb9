/** The articles of the knowledge base and the rules they keep. */
package bg.omegasoft.knowledge.entity;
