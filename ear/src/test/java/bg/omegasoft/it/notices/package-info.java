/** Test observers of the platform's notices, deployed as a library of the EAR under test. */
package bg.omegasoft.it.notices;
