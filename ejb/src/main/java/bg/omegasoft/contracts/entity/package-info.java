/**
 * Service contracts with their rules: the client's needs assessment and its approval by a named
 * manager, the contract with its versioned terms (scope and price), renewal, termination and
 * history.
 */
package bg.omegasoft.contracts.entity;
