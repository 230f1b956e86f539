package org.eduaid.kit.regions;

/** A node of the administrative division tree; its parent's code is a prefix of its own. */
public record Region(String code, String name, RegionLevel level, String parentCode) {

    public boolean isAncestorOf(String descendantCode) {
        return descendantCode.length() > code.length() && descendantCode.startsWith(code);
    }
}
