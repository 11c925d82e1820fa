/// The attributes every actor can have besides its free ``Actor/attributes``, by the name options use
/// (`--group-by`, `--color-by`, `--cluster-by`), with the Spanish names the tables print (`bloque`, `territorio`).
public enum ActorAttribute: String, Sendable, Vocabulary {
    case id, name, bloc, sector, territory

    public var aliases: [String] {
        switch self {
        case .id: return []
        case .name: return ["nombre"]
        case .bloc: return ["bloque"]
        case .sector: return []
        case .territory: return ["territorio", "territories", "territorios"]
        }
    }
}

extension Network {
    /// The attributes some actor has a value for, as ``Actor/value(of:)`` names them: `bloc`, `sector` and
    /// `territory` when some actor has one, then the free attributes in alphabetical order (`id` and `name`, which
    /// every actor has, are left out: no one groups by them).
    public var attributesInUse: [String] {
        var names: [String] = []
        if actors.contains(where: { $0.bloc != nil }) { names.append(ActorAttribute.bloc.rawValue) }
        if actors.contains(where: { $0.sector != nil }) { names.append(ActorAttribute.sector.rawValue) }
        if actors.contains(where: { !$0.territories.isEmpty }) { names.append(ActorAttribute.territory.rawValue) }
        let free = Set(actors.flatMap(\.attributes.keys)).subtracting(names).sorted()
        return names + free
    }

    /// The attribute a person means by `word`: a free attribute of that exact name, else a built-in one by its
    /// name or alias (`bloque` → `bloc`), provided some actor has a value for it; nil otherwise.
    ///
    /// - Parameter word: what the person typed.
    /// - Returns: the attribute's name for ``Actor/value(of:)``, or nil.
    public func attribute(named word: String) -> String? {
        let inUse = attributesInUse
        if inUse.contains(word) { return word }
        guard let known = ActorAttribute(word: word) else { return nil }
        if known == .id || known == .name { return known.rawValue }
        return inUse.contains(known.rawValue) ? known.rawValue : nil
    }
}
