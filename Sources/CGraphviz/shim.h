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

/* Read a layout back (after gvLayout, before gvFreeLayout): node centres and sizes, and the bounding box. The
   fields are behind macros that Swift cannot call. Points for coordinates, inches for node sizes. */
static inline double redes_node_x(Agnode_t *n) { return ND_coord(n).x; }
static inline double redes_node_y(Agnode_t *n) { return ND_coord(n).y; }
static inline double redes_node_width(Agnode_t *n) { return ND_width(n); }
static inline double redes_node_height(Agnode_t *n) { return ND_height(n); }
static inline boxf redes_graph_bb(Agraph_t *g) { return GD_bb(g); }

#endif
