#include "RedesPrefetch.h"
