/** The mail that carries articles to a person. */
package bg.omegasoft.knowledge.control;
