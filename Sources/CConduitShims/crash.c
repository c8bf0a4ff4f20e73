#define _GNU_SOURCE
#include "CConduitShims.h"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char report_path[4096];
static uint8_t *current;
static size_t current_length, current_capacity;

static void on_crash(int signal_number) {
    int fd = open(report_path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
    if (fd >= 0) {
        size_t written = 0;
        while (written < current_length) {
            ssize_t n = write(fd, current + written, current_length - written);
            if (n <= 0) break;
            written += (size_t)n;
        }
        close(fd);
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

void conduit_crash_report_install(const char *path) {
    strncpy(report_path, path, sizeof report_path - 1);
    int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], on_crash);
}

void conduit_crash_report_set(const uint8_t *bytes, size_t length) {
    if (length > current_capacity) {
        uint8_t *grown = realloc(current, length);
        if (!grown) { current_length = 0; return; }
        current = grown;
        current_capacity = length;
    }
    if (length) memcpy(current, bytes, length);
    current_length = length;
}
