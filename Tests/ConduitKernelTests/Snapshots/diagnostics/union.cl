union U { int i; float f; };
