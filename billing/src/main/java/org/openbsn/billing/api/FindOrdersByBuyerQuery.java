package org.openbsn.billing.api;

/** Asks for every order a buyer placed, newest first. */
public record FindOrdersByBuyerQuery(String buyerId) {
}
