package io.tandem.base;

/** What every module may know of the signed-in person, without depending on the people feature. */
public interface SignedInUser {

    Long personId();

    String fullName();

    Team team();
}
