/** The pages of the knowledge base: the list with its filters, one article to read or write. */
package bg.omegasoft.knowledge.view;
