/**
 * The pages of PDM: the spaces a person may enter, a space with its folders and files (upload with
 * a progress bar, download, deletion), who may enter it, its audit with CSV export, the ADMIN's
 * assignments of the vendor's people, and data subject requests.
 */
package bg.omegasoft.pdm.view;
