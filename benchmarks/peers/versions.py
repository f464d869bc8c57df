"""Prints the versions of the Python peers' libraries and the BLAS kernel numpy uses."""
import os

import numpy
import pandas
import scipy
import statsmodels

print("numpy", numpy.__version__, "pandas", pandas.__version__, "scipy", scipy.__version__, "statsmodels",
      statsmodels.__version__, end="")
try:
    from threadpoolctl import threadpool_info
    blas = [f"{i.get('internal_api')} {i.get('version')} kernel {i.get('architecture')}, {i.get('num_threads')} threads"
            for i in threadpool_info()]
    if not blas:
        # threadpoolctl knows OpenBLAS, MKL and BLIS; anything else is named by the library file mapped in
        with open("/proc/self/maps", encoding="utf-8") as maps:
            libs = sorted({line.split()[-1] for line in maps if "blas" in line or "lapack" in line})
        blas = ["no OpenBLAS, MKL or BLIS: " + ", ".join(os.path.realpath(x) for x in libs)]
    print("; BLAS:", "; ".join(blas))
except ImportError:
    print("; BLAS kernel unknown (python3-threadpoolctl not installed)")
