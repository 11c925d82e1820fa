#ifndef REDES_CGRAPHVIZ_SHIM_H
#define REDES_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvplugin.h>

/* Swift 6 rejects mutable C globals as not concurrency-safe; expose the graph
   descriptors through getters instead. */
static inline Agdesc_t redes_agdirected(void) { return Agdirected; }
static inline Agdesc_t redes_agundirected(void) { return Agundirected; }
static inline Agdesc_t redes_agstrictdirected(void) { return Agstrictdirected; }
static inline Agdesc_t redes_agstrictundirected(void) { return Agstrictundirected; }

#endif
