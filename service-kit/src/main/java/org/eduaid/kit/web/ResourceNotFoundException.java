package org.eduaid.kit.web;

/** Nothing of that kind with that id, or nothing the caller may see; answered with 404. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String what) {
        super(what + " not found");
    }
}
