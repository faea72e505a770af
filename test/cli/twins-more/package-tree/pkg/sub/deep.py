def boom():
    raise ValueError("deep")
