// CEditLine: the parts of libedit cfy uses. el_set, el_get and history are variadic, which Swift
// cannot call, so each use gets a small non-variadic wrapper here.
#ifndef CFY_EDITLINE_SHIM_H
#define CFY_EDITLINE_SHIM_H

#include <histedit.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <sys/ioctl.h>

typedef char *(*cfy_prompt_fn)(EditLine *);
typedef unsigned char (*cfy_key_fn)(EditLine *, int);

/// The prompt, with `esc` bracketing invisible sequences (colour codes).
static inline int cfy_el_set_prompt(EditLine *el, cfy_prompt_fn f, char esc) {
    return el_set(el, EL_PROMPT_ESC, f, esc);
}
static inline int cfy_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int cfy_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
/// While editing, the terminal's own interrupt character is off, so ^C reaches the editor as a key.
static inline int cfy_el_disable_isig(EditLine *el) { return el_set(el, EL_SETTY, "-d", "-isig", (const char *)NULL); }
static inline int cfy_el_add_function(EditLine *el, const char *name, const char *help, cfy_key_fn f) {
    return el_set(el, EL_ADDFN, name, help, f);
}
static inline int cfy_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}
static inline int cfy_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int cfy_el_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }
/// libedit's function that reads one character (cfy's: LineEditorResize.swift, LineRender.swift).
static inline int cfy_el_set_getc(EditLine *el, el_rfunc_t f) { return el_set(el, EL_GETCFN, f); }

static inline int cfy_history_set_size(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int cfy_history_set_unique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
static inline int cfy_history_enter(History *h, const char *s) { HistEvent ev; return history(h, &ev, H_ENTER, s); }
static inline int cfy_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
static inline int cfy_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }
static inline int cfy_history_count(History *h) { HistEvent ev; return history(h, &ev, H_GETSIZE) < 0 ? 0 : ev.num; }
/// The entry `offset` steps back from the newest (0 = newest), or NULL.
static inline const char *cfy_history_entry(History *h, int offset) {
    HistEvent ev;
    if (history(h, &ev, H_FIRST) < 0) return NULL;
    for (int i = 0; i < offset; i++) if (history(h, &ev, H_NEXT) < 0) return NULL;
    return ev.str;
}

/// Entries newest first, one walk: H_FIRST (`first` 1) or H_NEXT, or NULL past the oldest.
static inline const char *cfy_history_step(History *h, int first) {
    HistEvent ev;
    return history(h, &ev, first ? H_FIRST : H_NEXT) < 0 ? NULL : ev.str;
}

/// Columns a character takes on the terminal, as libedit counts them (-1: a control character).
extern int wcwidth(wchar_t c);
static inline int cfy_wcwidth(wchar_t c) { return wcwidth(c); }

/// The terminal's width in columns (80 when unknown).
static inline int cfy_terminal_columns(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 80;
}

/// A UTF-8 LC_CTYPE (libedit drops non-ASCII input without one): the environment's, or C.UTF-8.
static inline void cfy_use_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *cs = nl_langinfo(CODESET);
    if (cs == NULL || (strcmp(cs, "UTF-8") != 0 && strcmp(cs, "utf8") != 0)) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "en_US.UTF-8");
    }
}

/// Installs `handler` for SIGINT without SA_RESTART, so a blocking call returns EINTR.
static inline int cfy_set_sigint(void (*handler)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    return sigaction(SIGINT, &sa, NULL);
}
static inline int cfy_default_sigint(void) { return cfy_set_sigint(SIG_DFL); }

#endif
