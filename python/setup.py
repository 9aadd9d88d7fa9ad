"""Builds the extension kgq._kgq with CMake (the repository's own build, the module target only)
for the interpreter running this script, and packages it with python/kgq/. Metadata is in
pyproject.toml. Needs the Debian packages that ../setup.sh installs (a C++ compiler, cmake, the
engine's -dev libraries, pybind11-dev, python3-dev)."""
import os
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        # KGQ_CMAKE_BUILD_DIR puts the CMake build elsewhere (the install test keeps it in ctest's tree).
        build_dir = os.path.abspath(os.environ.get("KGQ_CMAKE_BUILD_DIR") or os.path.join(self.build_temp, "cmake"))
        os.makedirs(build_dir, exist_ok=True)
        generator = ["-G", "Ninja"] if shutil.which("ninja") else []
        launcher = ["-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"] if shutil.which("ccache") else []
        subprocess.check_call(
            ["cmake", "-S", REPO, "-B", build_dir, *generator, *launcher, "-DCMAKE_BUILD_TYPE=Release",
             "-DKGQ_BUILD_PYTHON=ON", "-DKGQ_BUILD_TESTS=OFF", "-DKGQ_BUILD_BENCH=OFF",
             f"-DPython_EXECUTABLE={sys.executable}"])
        subprocess.check_call(["cmake", "--build", build_dir, "--target", "kgq_python_module"])
        built = os.path.join(build_dir, "python", "kgq", os.path.basename(self.get_ext_filename(ext.name)))
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(built, target)


setup(ext_modules=[Extension("kgq._kgq", sources=[])], cmdclass={"build_ext": CMakeBuild})
