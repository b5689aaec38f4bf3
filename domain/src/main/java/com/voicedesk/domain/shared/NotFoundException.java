package com.voicedesk.domain.shared;

/** The resource does not exist in the caller's tenant (which, to the caller, is the same thing). */
public class NotFoundException extends DomainException {

    private final String resource;

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " was not found");
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}
