/**
 * Training (DOMAIN L1-L7): the vendor's products and topics, standard and individual programmes in
 * versions that say why they changed, training sessions with enrolment and a waiting list, the
 * public catalogue, and individual quotes.
 */
package bg.omegasoft.learning;
