package org.eduaid.kit.regions;

/** Levels of the division code (统计用区划代码), by code length. */
public enum RegionLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    public String prefixOf(String descendantCode) {
        return descendantCode.substring(0, codeLength);
    }
}
