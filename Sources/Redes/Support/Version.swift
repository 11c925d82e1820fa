/// The version of the Redes library and tools.
public let redesVersion = "0.1.0"
