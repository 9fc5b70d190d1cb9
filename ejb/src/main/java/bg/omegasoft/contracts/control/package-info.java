/** Rules used only inside contracts: the fee periods of a contract and the contract numbers. */
package bg.omegasoft.contracts.control;
