package org.eduaid.subsidy.notice.domain;

/**
 * PUBLISHING while its applications are being put on it, PUBLISHED while it is up, CLOSING while
 * its applications are being decided, CLOSED once taken down. The two -ING states are where a crash
 * leaves a notice; the scheduled job carries them on, each step being idempotent per application.
 */
public enum NoticeState {
    PUBLISHING, PUBLISHED, CLOSING, CLOSED
}
