# Freeman centralization with R sna, called by make_fixtures.py (not meant to be run by hand).
#
# Usage: Rscript Scripts/reference/centralization.R MANIFEST OUTPUT
#
# MANIFEST is a tab-separated file without header, one job per line:
#   KEY <TAB> MODE <TAB> ADJACENCY_FILE
# where MODE is "graph" (undirected) or "digraph" (directed) and ADJACENCY_FILE holds an n x n 0/1 matrix
# (comma-separated, no header; row i, column j = 1 when there is a tie / an arc i -> j).
#
# OUTPUT starts with the line  __sna_version__ <TAB> VERSION  and then has one tab-separated line per job:
#   KEY <TAB> degree_centralization <TAB> betweenness_centralization <TAB> degrees <TAB> raw betweenness
# (the two vectors comma-separated), every number printed with 17 significant digits.
#
# sna::centralization takes the graph mode as `mode` (it forwards it to FUN as `gmode`); passing `gmode=` to
# centralization() itself would clash with that.  Defaults kept: degree cmode = "freeman" (in + out for a digraph;
# sna switches to "indegree" for gmode = "graph", i.e. plain degree), betweenness cmode = "directed" (raw
# counts, each unordered pair once for gmode = "graph"), diag = FALSE, normalize = TRUE (divide by the
# theoretical maximum: the star graph).

suppressPackageStartupMessages(library(sna))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript centralization.R MANIFEST OUTPUT")
jobs <- read.table(args[1], sep = "\t", header = FALSE, stringsAsFactors = FALSE, quote = "",
                   comment.char = "", col.names = c("key", "mode", "file"))
fmt <- function(x) paste(sprintf("%.17g", x), collapse = ",")
lines <- paste("__sna_version__", as.character(packageVersion("sna")), sep = "\t")
for (i in seq_len(nrow(jobs))) {
  m <- as.matrix(read.csv(jobs$file[i], header = FALSE))
  dimnames(m) <- NULL
  mode <- jobs$mode[i]
  dc <- centralization(m, degree, mode = mode, normalize = TRUE)
  bc <- centralization(m, betweenness, mode = mode, normalize = TRUE)
  deg <- degree(m, gmode = mode)
  bet <- betweenness(m, gmode = mode)
  lines <- c(lines, paste(jobs$key[i], sprintf("%.17g", dc), sprintf("%.17g", bc), fmt(deg), fmt(bet), sep = "\t"))
}
writeLines(lines, args[2])
