/**
 * Models as JSON — the contract's layer list, read and written through the engine's layer-kind
 * registry — shared by the JSON API and the calculator, so that neither depends on the other.
 */
package app.stride.modeljson;
