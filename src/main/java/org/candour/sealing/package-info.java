/**
 * The cryptographic core of the sealed ballot box (see {@code shared/design/anonymity.md}):
 * single-use access codes, the wave key pair, HPKE sealing of ballots and the custodians'
 * threshold shares of the wave's private key.
 *
 * <p>Rules for everything in this package, because a slip here breaks the anonymity promise:
 * <ul>
 *   <li>No logging at all, and no code, share, key or plaintext in any exception message or
 *       {@code toString()}.</li>
 *   <li>No home-made cryptography: the JDK, Bouncy Castle's HPKE (RFC 9180) and Coda Hale's
 *       Shamir secret sharing only.</li>
 *   <li>Pure Java: no Spring, no jOOQ, no Vaadin, so it is testable without a database.</li>
 * </ul>
 */
package org.candour.sealing;
