/** The contracts pages: list, needs assessment with approval, contract detail, terms forms. */
package bg.omegasoft.contracts.view;
