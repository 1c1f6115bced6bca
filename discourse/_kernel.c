/* The compiled kernel of discourse.text and discourse.segment: the token scan (scan, scan_codes, below), Punkt's
 * sentence spans (punkt_sentences, the steps of segment._punkt_spans) and the check for lone surrogates
 * (first_surrogate). Each has a pure-Python twin that gives identical results (DISCOURSE_NO_KERNEL=1 uses
 * it; tests/test_kernel.py and tests/test_text.py compare them).
 *
 * The token scan of discourse.text.token_spans in C: the same tokens, start and end offsets as the token
 * pattern (discourse.text.TOKEN_PATTERN, searched with Python's re), for the texts where the pattern
 * reduces to a few plain rules; None for any other text, which the caller then tokenises with the pattern
 * (the pure-Python path, identical by construction and by test: tests/test_kernel.py).
 *
 * The character classes are Python's own: re's Unicode \w is Py_UNICODE_ISALNUM or '_', \d is
 * Py_UNICODE_ISDECIMAL, \s is Py_UNICODE_ISSPACE (CPython's Modules/_sre/sre.c, SRE_UNI_IS_*), so the kernel
 * and the pattern classify every character alike.
 *
 * A text is refused (None) where an alternative of the pattern that the rules below leave out could match
 * or a character could behave differently: '@' (e-mail addresses), "://" or "www." (URLs), any character
 * of the in-word class (combining marks, soft hyphen, zero-width characters: they join words), the emoji
 * variation selector, and any character beyond the Basic Multilingual Plane or a surrogate (emoji
 * modifiers and sequences). The refused characters of the BMP come as a bitmap from Python (setup()), built
 * from the pattern's own classes.
 *
 * Without them, at each position the pattern's alternatives reduce to (tried in this order, as re does):
 *   ACRONYM  (?:[^\W\d_]\.){2,}
 *   NUMBER   (?:[A-Z]{1,3})?[$€£¥]?\d+(?:[.,:]\d+)*%?
 *   WORD     [^\W_]+(?:[-‐‑][^\W_]+)*(?:[APOS](?!(?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\b)[^\W_]+)*
 *   CLITIC   [APOS](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\b
 *   MARK     [^\w\s]
 * and white space and '_' start no token (no alternative matches there).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static unsigned char refuse_map[0x10000 / 8];
static int ready = 0;

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t n;
} Text;

#define CH(t, i) PyUnicode_READ((t)->kind, (t)->data, (i))

/* The scan's helpers are inlined into one loop per string kind (1, 2 or 4 bytes per character), so that the
 * kind of every character read is a constant there rather than a test per character. */
#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#elif defined(_MSC_VER)
#define ALWAYS_INLINE __forceinline
#else
#define ALWAYS_INLINE inline
#endif

/* The classes of the ASCII characters, looked up in a table (filled by setup() from the same Py_UNICODE_*
 * functions) instead of calling them: most characters of most texts are ASCII. */
#define C_ALNUM 1
#define C_DEC 2
#define C_SPACE 4
static unsigned char ascii_class[128];

static inline int is_alnum(Py_UCS4 c) { return c < 128 ? (ascii_class[c] & C_ALNUM) : Py_UNICODE_ISALNUM(c); }
static inline int is_word(Py_UCS4 c) { return c == '_' || is_alnum(c); }
static inline int is_dec(Py_UCS4 c) { return c < 128 ? (ascii_class[c] & C_DEC) : Py_UNICODE_ISDECIMAL(c); }
static inline int is_space(Py_UCS4 c) { return c < 128 ? (ascii_class[c] & C_SPACE) : Py_UNICODE_ISSPACE(c); }
static inline int is_letter(Py_UCS4 c) { return is_alnum(c) && !is_dec(c); }
static inline int is_apos(Py_UCS4 c) {
    return c == 0x27 || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032 || c == 0x60;
}
static inline int is_hyph(Py_UCS4 c) { return c == 0x2D || c == 0x2010 || c == 0x2011; }
static inline int is_cur(Py_UCS4 c) { return c == 0x24 || c == 0x20AC || c == 0xA3 || c == 0xA5; }

/* \b after a clitic (whose last character is a word character): the end of the text or a non-word char */
static inline int boundary(const Text *t, Py_ssize_t q) { return q >= t->n || !is_word(CH(t, q)); }

/* length of the clitic (?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\b at p, the alternatives in order; 0 if none */
static ALWAYS_INLINE Py_ssize_t clitic_at(const Text *t, Py_ssize_t p) {
    static const char *alts[] = {"s", "S", "re", "RE", "ve", "VE", "ll", "LL", "d", "D", "m", "M"};
    for (int a = 0; a < 12; a++) {
        const char *x = alts[a];
        Py_ssize_t len = (Py_ssize_t)strlen(x), k;
        if (p + len > t->n) continue;
        for (k = 0; k < len; k++)
            if (CH(t, p + k) != (Py_UCS4)(unsigned char)x[k]) break;
        if (k == len && boundary(t, p + len)) return len;
    }
    return 0;
}

static ALWAYS_INLINE Py_ssize_t number_from(const Text *t, Py_ssize_t q) {
    /* \d+(?:[.,:]\d+)*%? from q, where text[q] is a decimal digit */
    while (q < t->n && is_dec(CH(t, q))) q++;
    for (;;) {
        if (q + 1 < t->n) {
            Py_UCS4 c = CH(t, q);
            if ((c == '.' || c == ',' || c == ':') && is_dec(CH(t, q + 1))) {
                q++;
                while (q < t->n && is_dec(CH(t, q))) q++;
                continue;
            }
        }
        break;
    }
    if (q < t->n && CH(t, q) == '%') q++;
    return q;
}

static ALWAYS_INLINE Py_ssize_t alnum_run(const Text *t, Py_ssize_t j) {
    while (j < t->n && is_alnum(CH(t, j))) j++;
    return j;
}

/* the end of the token that starts at i (text[i] is neither white space nor '_') */
static ALWAYS_INLINE Py_ssize_t token_end(const Text *t, Py_ssize_t i) {
    Py_ssize_t n = t->n;
    Py_UCS4 c = CH(t, i);
    /* ACRONYM */
    {
        Py_ssize_t j = i;
        int count = 0;
        while (j + 1 < n && is_letter(CH(t, j)) && CH(t, j + 1) == '.') {
            j += 2;
            count++;
        }
        if (count >= 2) return j;
    }
    /* NUMBER: the optional capitals are greedy (three at most), then backtrack */
    {
        int caps = 0;
        while (caps < 3 && i + caps < n) {
            Py_UCS4 d = CH(t, i + caps);
            if (d < 'A' || d > 'Z') break;
            caps++;
        }
        for (int k = caps; k >= 0; k--) {
            Py_ssize_t q = i + k;
            if (q >= n) continue;
            Py_UCS4 d = CH(t, q);
            if (is_cur(d)) {
                if (q + 1 < n && is_dec(CH(t, q + 1))) return number_from(t, q + 1);
            } else if (is_dec(d)) {
                return number_from(t, q);
            }
        }
    }
    /* WORD */
    if (is_alnum(c)) {
        Py_ssize_t j = alnum_run(t, i + 1);
        while (j + 1 < n && is_hyph(CH(t, j)) && is_alnum(CH(t, j + 1))) j = alnum_run(t, j + 2);
        while (j + 1 < n && is_apos(CH(t, j)) && is_alnum(CH(t, j + 1)) && clitic_at(t, j + 1) == 0)
            j = alnum_run(t, j + 2);
        return j;
    }
    /* CLITIC */
    if (is_apos(c)) {
        Py_ssize_t len = clitic_at(t, i + 1);
        if (len) return i + 1 + len;
    }
    /* MARK */
    return i + 1;
}

/* Does the text hold anything the reduced rules leave out? */
static ALWAYS_INLINE int refused(const Text *t) {
    for (Py_ssize_t i = 0; i < t->n; i++) {
        Py_UCS4 c = CH(t, i);
        if (c >= 0x10000 || (c >= 0xD800 && c <= 0xDFFF)) return 1;
        if (refuse_map[c >> 3] & (1u << (c & 7))) return 1;
        if (c == ':' && i + 2 < t->n && CH(t, i + 1) == '/' && CH(t, i + 2) == '/') return 1;
        if (c == 'w' && i + 3 < t->n && CH(t, i + 1) == 'w' && CH(t, i + 2) == 'w' && CH(t, i + 3) == '.')
            return 1;
    }
    return 0;
}

typedef struct {
    int64_t *v;
    Py_ssize_t len, cap;
} Vec;

static int vec_push(Vec *a, int64_t x) {
    if (a->len == a->cap) {
        Py_ssize_t cap = a->cap ? 2 * a->cap : 1024;
        int64_t *v = (int64_t *)realloc(a->v, (size_t)cap * sizeof(int64_t));
        if (v == NULL) return -1;
        a->v = v;
        a->cap = cap;
    }
    a->v[a->len++] = x;
    return 0;
}

typedef struct {
    int32_t *v;
    Py_ssize_t len, cap;
} Vec32;

static int vec32_push(Vec32 *a, int32_t x) {
    if (a->len == a->cap) {
        Py_ssize_t cap = a->cap ? 2 * a->cap : 1024;
        int32_t *v = (int32_t *)realloc(a->v, (size_t)cap * sizeof(int32_t));
        if (v == NULL) return -1;
        a->v = v;
        a->cap = cap;
    }
    a->v[a->len++] = x;
    return 0;
}

/* The ids of tokens met before, kept in C between calls of scan_codes for the same ids mapping, so that a
 * token met again costs a hash of its characters and a comparison, not a str object and a dict lookup.
 * A token is its code points (tokens of texts of different string kinds compare alike). The cache belongs
 * to one ids object, held by a weak reference: another object (or a dead one, or one that has fewer
 * entries than before) empties it; an object without weak references (a plain dict) gets it emptied at
 * every call. This is sound because ids only ever gains keys and never changes an id (discourse.text._Ids:
 * an id is the position of first appearance), so an id once read stays the id of that token. The tables are
 * freed when the ids object dies (the weak reference's callback), and emptied when they hold 2**20 tokens or
 * 2**24 code points (at most about 110 MB; the ids mapping itself holds the same tokens as str objects). */
typedef struct {
    uint64_t hash;
    Py_ssize_t off; /* into arena; -1: empty slot */
    int32_t len;
    int32_t code;
} Slot;

static Slot *slots = NULL;
static size_t n_slots = 0, n_used = 0;
static Py_UCS4 *arena = NULL;
static size_t arena_len = 0, arena_cap = 0;
static PyObject *owner = NULL; /* weak reference to the ids object the cache belongs to */
static Py_ssize_t owner_size = 0;
/* changes whenever the tables are freed or reallocated: a call that ran Python code (ids.__missing__, where
 * another thread may take the GIL and scan with the cache) finds its slot again before writing to it */
static uint64_t cache_gen = 0;

static void cache_free_tables(void) {
    free(slots);
    free(arena);
    slots = NULL;
    arena = NULL;
    n_slots = n_used = arena_len = arena_cap = 0;
    cache_gen++;
}

static void cache_clear(void) {
    cache_free_tables();
    Py_CLEAR(owner);
    owner_size = 0;
}

/* the weak reference's callback: the ids object died (tokenize returned), so its tables are freed at once;
 * the reference itself is dropped at the next call (not inside its own callback) */
static PyObject *cache_release(PyObject *self, PyObject *ref) {
    if (ref == owner) cache_free_tables();
    Py_RETURN_NONE;
}

static PyMethodDef release_def = {"_cache_release", cache_release, METH_O, NULL};
static PyObject *release_fn = NULL;

static int cache_alloc(size_t n) {
    slots = (Slot *)malloc(n * sizeof(Slot));
    if (slots == NULL) return -1;
    for (size_t k = 0; k < n; k++) slots[k].off = -1;
    n_slots = n;
    n_used = 0;
    cache_gen++;
    return 0;
}

static ALWAYS_INLINE uint64_t token_hash(const Text *t, Py_ssize_t i, Py_ssize_t e) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a over the code points */
    for (Py_ssize_t k = i; k < e; k++) {
        h ^= (uint64_t)CH(t, k);
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

/* the slot of the token text[i:e] (hash h): the one holding it, or the empty one where it would go */
static ALWAYS_INLINE Slot *cache_find(const Text *t, Py_ssize_t i, Py_ssize_t e, uint64_t h) {
    size_t mask = n_slots - 1, k = (size_t)h & mask;
    int32_t len = (int32_t)(e - i);
    for (;;) {
        Slot *sl = &slots[k];
        if (sl->off < 0) return sl;
        if (sl->hash == h && sl->len == len) {
            const Py_UCS4 *a = arena + sl->off;
            Py_ssize_t q = 0;
            while (q < len && a[q] == CH(t, i + q)) q++;
            if (q == len) return sl;
        }
        k = (k + 1) & mask;
    }
}

static int cache_grow(void) {
    Slot *old = slots;
    size_t n_old = n_slots;
    if (cache_alloc(2 * n_old) < 0) {
        slots = old;
        n_slots = n_old;
        return -1;
    }
    size_t used = 0;
    for (size_t k = 0; k < n_old; k++) {
        if (old[k].off < 0) continue;
        size_t j = (size_t)old[k].hash & (n_slots - 1);
        while (slots[j].off >= 0) j = (j + 1) & (n_slots - 1);
        slots[j] = old[k];
        used++;
    }
    n_used = used;
    free(old);
    return 0;
}

/* remember the id of text[i:e] in the empty slot sl (found by cache_find); -1 only when out of memory */
static int cache_put(Slot *sl, const Text *t, Py_ssize_t i, Py_ssize_t e, uint64_t h, int32_t code) {
    size_t len = (size_t)(e - i);
    if (arena_len + len > arena_cap) {
        size_t cap = arena_cap ? 2 * arena_cap : 65536;
        while (cap < arena_len + len) cap *= 2;
        Py_UCS4 *a = (Py_UCS4 *)realloc(arena, cap * sizeof(Py_UCS4));
        if (a == NULL) return -1;
        arena = a;
        arena_cap = cap;
    }
    for (size_t q = 0; q < len; q++) arena[arena_len + q] = CH(t, i + (Py_ssize_t)q);
    sl->hash = h;
    sl->off = (Py_ssize_t)arena_len;
    sl->len = (int32_t)len;
    sl->code = code;
    arena_len += len;
    n_used++;
    if (2 * n_used > n_slots) return cache_grow();
    return 0;
}

/* make the cache the one of ids (emptied where it belonged to another object); -1 with an exception set */
static int cache_for(PyObject *ids) {
    PyObject *cur = NULL;
    if (owner != NULL) {
#if PY_VERSION_HEX >= 0x030D0000
        if (PyWeakref_GetRef(owner, &cur) < 0) return -1;
        Py_XDECREF(cur); /* only compared, never used */
#else
        cur = PyWeakref_GetObject(owner); /* borrowed; Py_None when dead */
#endif
    }
    if (owner == NULL || cur != ids || slots == NULL || PyDict_GET_SIZE(ids) < owner_size ||
        n_used >= ((size_t)1 << 20) || arena_len >= ((size_t)1 << 24)) {
        cache_clear();
        if (release_fn == NULL) release_fn = PyCFunction_New(&release_def, NULL);
        if (release_fn == NULL) return -1;
        owner = PyWeakref_NewRef(ids, release_fn);
        if (owner == NULL) PyErr_Clear(); /* no weak references: emptied at every call */
    }
    if (slots == NULL && cache_alloc(4096) < 0) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

/* the token loop of scan_codes for texts of one string kind: 1 refused, 0 done, -1 with an exception set */
static ALWAYS_INLINE int codes_loop(PyObject *str, PyObject *ids, int kind, Vec *starts_v, Vec *ends_v,
                                    Vec32 *codes_v) {
    Text t = {kind, PyUnicode_DATA(str), PyUnicode_GET_LENGTH(str)};
    if (refused(&t)) return 1;
    if (cache_for(ids) < 0) return -1;
    Py_ssize_t i = 0;
    while (i < t.n) {
        Py_UCS4 c = CH(&t, i);
        if (c == '_' || is_space(c)) {
            i++;
            continue;
        }
        Py_ssize_t e = token_end(&t, i);
        uint64_t h = token_hash(&t, i, e);
        Slot *sl = cache_find(&t, i, e, h);
        long code;
        if (sl->off >= 0) {
            code = sl->code;
        } else {
            uint64_t gen = cache_gen;
            PyObject *tok = PyUnicode_Substring(str, i, e);
            if (tok == NULL) return -1;
            PyObject *val = PyDict_GetItemWithError(ids, tok); /* borrowed */
            if (val != NULL) {
                code = PyLong_AsLong(val);
            } else if (PyErr_Occurred()) {
                Py_DECREF(tok);
                return -1;
            } else {
                val = PyObject_GetItem(ids, tok); /* new: __missing__ */
                if (val == NULL) {
                    Py_DECREF(tok);
                    return -1;
                }
                code = PyLong_AsLong(val);
                Py_DECREF(val);
            }
            Py_DECREF(tok);
            if (code == -1 && PyErr_Occurred()) return -1;
            if (code < INT32_MIN || code > INT32_MAX) {
                PyErr_SetString(PyExc_OverflowError, "a token id does not fit in int32");
                return -1;
            }
            if (cache_gen != gen) { /* the tables changed while Python code ran: this call's again, then the slot */
                if (cache_for(ids) < 0) return -1;
                sl = cache_find(&t, i, e, h);
            }
            if (sl->off < 0 && cache_put(sl, &t, i, e, h, (int32_t)code) < 0) {
                PyErr_NoMemory();
                return -1;
            }
        }
        if (vec_push(starts_v, i) < 0 || vec_push(ends_v, e) < 0 || vec32_push(codes_v, (int32_t)code) < 0) {
            PyErr_NoMemory();
            return -1;
        }
        i = e;
    }
    return 0;
}

static int codes_loop_1(PyObject *str, PyObject *ids, Vec *s, Vec *e, Vec32 *c) {
    return codes_loop(str, ids, PyUnicode_1BYTE_KIND, s, e, c);
}
static int codes_loop_2(PyObject *str, PyObject *ids, Vec *s, Vec *e, Vec32 *c) {
    return codes_loop(str, ids, PyUnicode_2BYTE_KIND, s, e, c);
}
static int codes_loop_4(PyObject *str, PyObject *ids, Vec *s, Vec *e, Vec32 *c) {
    return codes_loop(str, ids, PyUnicode_4BYTE_KIND, s, e, c);
}

/* scan_codes(text, ids) -> None (refused) | (starts, ends, codes: bytearray of int32): the tokens' offsets and
 * ids[token] for every token in order, as np.fromiter(map(ids.__getitem__, tokens)) gives them (a key that
 * ids lacks is looked up with ids[token], so that a dict subclass's __missing__ assigns it in token order).
 * ids must never change the id of a key (see the cache above). */
static PyObject *scan_codes(PyObject *self, PyObject *args) {
    PyObject *str, *ids;
    if (!PyArg_ParseTuple(args, "UO!", &str, &PyDict_Type, &ids)) return NULL;
    if (!ready) {
        PyErr_SetString(PyExc_RuntimeError, "discourse._kernel.setup() was not called");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(str) < 0) return NULL;
#endif
    Vec starts = {NULL, 0, 0}, ends = {NULL, 0, 0};
    Vec32 codes = {NULL, 0, 0};
    PyObject *out = NULL;
    int kind = PyUnicode_KIND(str);
    int r = kind == PyUnicode_1BYTE_KIND   ? codes_loop_1(str, ids, &starts, &ends, &codes)
            : kind == PyUnicode_2BYTE_KIND ? codes_loop_2(str, ids, &starts, &ends, &codes)
                                           : codes_loop_4(str, ids, &starts, &ends, &codes);
    if (r == 1) Py_RETURN_NONE; /* refused before any token (and before the cache was touched) */
    if (r < 0) goto done;
    {
        PyObject *s = PyByteArray_FromStringAndSize((const char *)starts.v, starts.len * (Py_ssize_t)sizeof(int64_t));
        PyObject *e = PyByteArray_FromStringAndSize((const char *)ends.v, ends.len * (Py_ssize_t)sizeof(int64_t));
        PyObject *k = PyByteArray_FromStringAndSize((const char *)codes.v, codes.len * (Py_ssize_t)sizeof(int32_t));
        if (s != NULL && e != NULL && k != NULL) out = PyTuple_Pack(3, s, e, k);
        Py_XDECREF(s);
        Py_XDECREF(e);
        Py_XDECREF(k);
    }
done:
    owner_size = PyDict_GET_SIZE(ids);
    free(starts.v);
    free(ends.v);
    free(codes.v);
    return out;
}

/* scan(text, want_spans) -> None (refused) | (starts: bytearray of int64, ends: bytearray of int64, tokens: list)
 * with want_spans False: None | tokens (a list) */
static PyObject *scan(PyObject *self, PyObject *args) {
    PyObject *str;
    int want_spans = 1;
    if (!PyArg_ParseTuple(args, "U|p", &str, &want_spans)) return NULL;
    if (!ready) {
        PyErr_SetString(PyExc_RuntimeError, "discourse._kernel.setup() was not called");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(str) < 0) return NULL;
#endif
    Text t = {PyUnicode_KIND(str), PyUnicode_DATA(str), PyUnicode_GET_LENGTH(str)};
    if (refused(&t)) Py_RETURN_NONE;
    Vec starts = {NULL, 0, 0}, ends = {NULL, 0, 0};
    PyObject *tokens = PyList_New(0);
    PyObject *out = NULL;
    if (tokens == NULL) return NULL;
    Py_ssize_t i = 0;
    while (i < t.n) {
        Py_UCS4 c = CH(&t, i);
        if (c == '_' || is_space(c)) {
            i++;
            continue;
        }
        Py_ssize_t e = token_end(&t, i);
        PyObject *tok = PyUnicode_Substring(str, i, e);
        if (tok == NULL) goto done;
        int err = PyList_Append(tokens, tok);
        Py_DECREF(tok);
        if (err < 0) goto done;
        if (want_spans && (vec_push(&starts, i) < 0 || vec_push(&ends, e) < 0)) {
            PyErr_NoMemory();
            goto done;
        }
        i = e;
    }
    if (!want_spans) {
        out = tokens;
        tokens = NULL;
        goto done;
    }
    {
        PyObject *s = PyByteArray_FromStringAndSize((const char *)starts.v, starts.len * (Py_ssize_t)sizeof(int64_t));
        PyObject *e = PyByteArray_FromStringAndSize((const char *)ends.v, ends.len * (Py_ssize_t)sizeof(int64_t));
        if (s != NULL && e != NULL) out = PyTuple_Pack(3, s, e, tokens);
        Py_XDECREF(s);
        Py_XDECREF(e);
    }
done:
    free(starts.v);
    free(ends.v);
    Py_XDECREF(tokens);
    return out;
}

/* ---------------------------------------------------------------------------------------- sentences
 * punkt_sentences(text, paragraphs, memo, decide) -> list of (start, end): the sentence spans of
 * discourse.segment._punkt_spans for every paragraph (start, end) in order, for Punkt's patterns of nltk 3.10
 * (the caller checks the pattern strings and uses the Python steps for any other):
 *   period context  [.?!](?=(?P<after_tok>[)";}\]*:@'({[‘’“”«»?!]|\s+(?P<next_tok>\S+)))
 *   realignment     ["')\]}‘’“”«»]+?(?:\s+|(?=--)|$)        (MULTILINE)
 * searched within the paragraph (the text ends at its end, as with pos/endpos); \s is re's Unicode white
 * space, Py_UNICODE_ISSPACE. The word before a candidate starts after the last character of Python's
 * string.whitespace (ASCII) before it. A candidate's decision: memo[context] (a dict of bools), else
 * decide(context) (Punkt's text_contains_sentbreak, which fills memo). */
static inline int is_nonword(Py_UCS4 c) {
    switch (c) {
    case ')': case '"': case ';': case '}': case ']': case '*': case ':': case '@': case '\'': case '(':
    case '{': case '[': case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0xAB: case 0xBB: case '?':
    case '!':
        return 1;
    default:
        return 0;
    }
}

static inline int is_closer(Py_UCS4 c) {
    switch (c) {
    case '"': case '\'': case ')': case ']': case '}': case 0x2018: case 0x2019: case 0x201C: case 0x201D:
    case 0xAB: case 0xBB:
        return 1;
    default:
        return 0;
    }
}

static inline int is_ascii_ws(Py_UCS4 c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Punkt's decision on text[a:b]: 1 (a break), 0, -1 with an exception set */
static int decide_context(PyObject *str, Py_ssize_t a, Py_ssize_t b, PyObject *memo, PyObject *decide) {
    PyObject *ctx = PyUnicode_Substring(str, a, b);
    if (ctx == NULL) return -1;
    PyObject *v = PyDict_GetItemWithError(memo, ctx); /* borrowed */
    int r;
    if (v != NULL) {
        r = PyObject_IsTrue(v);
    } else if (PyErr_Occurred()) {
        r = -1;
    } else {
        v = PyObject_CallOneArg(decide, ctx);
        r = v == NULL ? -1 : PyObject_IsTrue(v);
        Py_XDECREF(v);
    }
    Py_DECREF(ctx);
    return r;
}

static int append_span(PyObject *out, Py_ssize_t a, Py_ssize_t b) {
    PyObject *pair = Py_BuildValue("(nn)", a, b);
    if (pair == NULL) return -1;
    int r = PyList_Append(out, pair);
    Py_DECREF(pair);
    return r;
}

/* the sentences of the paragraph text[ps:pe], appended to out; -1 with an exception set */
static int paragraph_sentences(PyObject *str, const Text *t, Py_ssize_t ps, Py_ssize_t pe, PyObject *memo,
                               PyObject *decide, Vec *breaks, PyObject *out) {
    breaks->len = 0;
    int have_prev = 0;
    Py_ssize_t prev_start = ps, prev_stop = ps, prev_end = 0, prev_after = 0, prev_next = -1;
    for (Py_ssize_t p = ps; p < pe; p++) {
        Py_UCS4 c = CH(t, p);
        if (c != '.' && c != '?' && c != '!') continue;
        Py_ssize_t q = p + 1, after_end, next_start = -1;
        if (q < pe && is_nonword(CH(t, q))) {
            after_end = q + 1;
        } else {
            Py_ssize_t j = q;
            while (j < pe && Py_UNICODE_ISSPACE(CH(t, j))) j++;
            if (j == q || j == pe) continue; /* \s+ then \S+ needs both */
            Py_ssize_t k = j;
            while (k < pe && !Py_UNICODE_ISSPACE(CH(t, k))) k++;
            after_end = k;
            next_start = j;
        }
        /* the word before: after the last ASCII white space in text[prev_stop:p]; nltk's index 0 (none, or at
         * the first character) keeps the previous word's start */
        Py_ssize_t i = p - 1;
        while (i >= prev_stop && !is_ascii_ws(CH(t, i))) i--;
        Py_ssize_t word_start = (i >= prev_stop && i > prev_stop) ? i + 1 : prev_start;
        if (have_prev && prev_stop <= word_start) {
            int r = decide_context(str, prev_start, prev_after, memo, decide);
            if (r < 0) return -1;
            if (r && (vec_push(breaks, prev_end) < 0 || vec_push(breaks, prev_next >= 0 ? prev_next : prev_end) < 0)) {
                PyErr_NoMemory();
                return -1;
            }
        }
        have_prev = 1;
        prev_start = word_start;
        prev_stop = p;
        prev_end = p + 1;
        prev_after = after_end;
        prev_next = next_start;
    }
    if (have_prev) {
        int r = decide_context(str, prev_start, prev_after, memo, decide);
        if (r < 0) return -1;
        if (r && (vec_push(breaks, prev_end) < 0 || vec_push(breaks, prev_next >= 0 ? prev_next : prev_end) < 0)) {
            PyErr_NoMemory();
            return -1;
        }
    }
    Py_ssize_t end = pe;
    while (end > ps && Py_UNICODE_ISSPACE(CH(t, end - 1))) end--;
    /* the slices of nltk's _slices_from_text, realigned as its _realign_boundaries does */
    Py_ssize_t start = ps, realign = 0, k = 0, nb = breaks->len;
    for (;;) {
        Py_ssize_t s1_start, s1_stop, s2_start, s2_stop = 0;
        if (k < nb) {
            s1_start = start;
            s1_stop = breaks->v[k];
            s2_start = breaks->v[k + 1];
            s2_stop = k + 2 < nb ? breaks->v[k + 2] : end;
            k += 2;
        } else {
            s1_start = start;
            s1_stop = end;
            s2_start = -1;
        }
        start = s2_start;
        s1_start += realign;
        if (s2_start < 0) {
            if (s1_start < s1_stop && append_span(out, s1_start, s1_stop) < 0) return -1;
            return 0;
        }
        /* realignment: closers (lazily, one or more) then white space, "--" or the end */
        Py_ssize_t a = s2_start, m_end = -1;
        while (a < s2_stop && is_closer(CH(t, a))) {
            a++;
            if (a < s2_stop && Py_UNICODE_ISSPACE(CH(t, a))) {
                Py_ssize_t w = a;
                while (w < s2_stop && Py_UNICODE_ISSPACE(CH(t, w))) w++;
                m_end = w;
                break;
            }
            if ((a + 1 < s2_stop && CH(t, a) == '-' && CH(t, a + 1) == '-') || a == s2_stop) {
                m_end = a;
                break;
            }
        }
        if (m_end >= 0) {
            if (append_span(out, s1_start, a) < 0) return -1; /* group(0).rstrip(): the closers */
            realign = m_end - s2_start;
        } else {
            realign = 0;
            if (s1_start < s1_stop && append_span(out, s1_start, s1_stop) < 0) return -1;
        }
    }
}

static PyObject *punkt_sentences(PyObject *self, PyObject *args) {
    PyObject *str, *paras, *memo, *decide;
    if (!PyArg_ParseTuple(args, "UOO!O", &str, &paras, &PyDict_Type, &memo, &decide)) return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(str) < 0) return NULL;
#endif
    Text t = {PyUnicode_KIND(str), PyUnicode_DATA(str), PyUnicode_GET_LENGTH(str)};
    PyObject *seq = PySequence_Fast(paras, "paragraphs must be a sequence of (start, end)");
    if (seq == NULL) return NULL;
    PyObject *out = PyList_New(0);
    Vec breaks = {NULL, 0, 0};
    if (out == NULL) goto fail;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_ssize_t ps, pe;
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, k), "nn", &ps, &pe)) goto fail;
        if (ps < 0) ps = 0;
        if (pe > t.n) pe = t.n;
        if (pe < ps) pe = ps;
        if (paragraph_sentences(str, &t, ps, pe, memo, decide, &breaks, out) < 0) goto fail;
    }
    free(breaks.v);
    Py_DECREF(seq);
    return out;
fail:
    free(breaks.v);
    Py_DECREF(seq);
    Py_XDECREF(out);
    return NULL;
}

/* first_surrogate(text) -> the index of the first code point U+D800-U+DFFF (a lone surrogate), or -1: what
 * discourse._util.LONE_SURROGATE.search(text) finds. A text of one byte per character holds none. */
static PyObject *first_surrogate(PyObject *self, PyObject *args) {
    PyObject *str;
    if (!PyArg_ParseTuple(args, "U", &str)) return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(str) < 0) return NULL;
#endif
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    int kind = PyUnicode_KIND(str);
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *d = PyUnicode_2BYTE_DATA(str);
        for (Py_ssize_t i = 0; i < n; i++)
            if ((d[i] & 0xF800) == 0xD800) return PyLong_FromSsize_t(i);
    } else if (kind == PyUnicode_4BYTE_KIND) {
        const Py_UCS4 *d = PyUnicode_4BYTE_DATA(str);
        for (Py_ssize_t i = 0; i < n; i++)
            if (d[i] >= 0xD800 && d[i] <= 0xDFFF) return PyLong_FromSsize_t(i);
    }
    return PyLong_FromLong(-1);
}

/* setup(bitmap): the refused characters of the BMP, one bit each (8192 bytes, little-endian bit order) */
static PyObject *setup(PyObject *self, PyObject *args) {
    Py_buffer buf;
    if (!PyArg_ParseTuple(args, "y*", &buf)) return NULL;
    if (buf.len != (Py_ssize_t)sizeof(refuse_map)) {
        PyBuffer_Release(&buf);
        PyErr_Format(PyExc_ValueError, "setup() needs a bitmap of %zd bytes, got %zd",
                     (Py_ssize_t)sizeof(refuse_map), buf.len);
        return NULL;
    }
    memcpy(refuse_map, buf.buf, sizeof(refuse_map));
    for (Py_UCS4 c = 0; c < 128; c++)
        ascii_class[c] = (unsigned char)((Py_UNICODE_ISALNUM(c) ? C_ALNUM : 0) | (Py_UNICODE_ISDECIMAL(c) ? C_DEC : 0) |
                                         (Py_UNICODE_ISSPACE(c) ? C_SPACE : 0));
    ready = 1;
    PyBuffer_Release(&buf);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"scan", scan, METH_VARARGS, "Tokens of a text (and their int64 offsets) as the token pattern finds them; None where refused."},
    {"scan_codes", scan_codes, METH_VARARGS, "Token offsets and ids[token] of a text as int32; None where refused."},
    {"punkt_sentences", punkt_sentences, METH_VARARGS, "Punkt's sentence spans of the paragraphs of a text."},
    {"first_surrogate", first_surrogate, METH_VARARGS, "Index of the first lone surrogate of a text, or -1."},
    {"setup", setup, METH_VARARGS, "Set the bitmap of the refused characters of the BMP."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_kernel", "The token scan of discourse.text in C.", -1, methods};

PyMODINIT_FUNC PyInit__kernel(void) { return PyModule_Create(&module); }
