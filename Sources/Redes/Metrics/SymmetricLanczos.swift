/// The largest eigenvalue of a real symmetric matrix, and its unit eigenvector, by thick-restart Lanczos iteration
/// with full reorthogonalisation (Wu & Simon 2000, "Thick-restart Lanczos method for large symmetric eigenvalue
/// problems"; the Krylov–Schur form of Stewart 2001).
///
/// The matrix is given only by its product with a vector. A Krylov basis of at most ``basisSize`` vectors is built
/// from the start vector; the Rayleigh–Ritz projection `T = Vᵀ A V` is diagonalised (cyclic Jacobi); when the basis is
/// full, the iteration restarts from the ``keptVectors`` leading Ritz vectors and the residual direction. Unlike power
/// iteration, Lanczos converges at a rate set by the square root of the relative gap (λ₁ − λ₂)/(λ₂ − λₙ), and the
/// most negative eigenvalue (−λ₁ on a bipartite graph) does not slow it down.
///
/// **Stopping rule.** The residual ‖A x − θ x‖ of the leading Ritz pair (θ, x) is known without a product:
/// β·|y_last| (Parlett 1998, §13.2). The eigenvector's error is at most residual / gap (Davis–Kahan), with the gap
/// estimated by θ₁ − θ₂, so the iteration stops when residual ≤ `tolerance`·(θ₁ − θ₂), or when the residual reaches
/// what double precision can resolve (`1e-14`·|θ₁|, where the vector is as accurate as the gap allows any method to
/// make it), or when the Krylov space is invariant (the answer is then exact).
struct SymmetricLanczos {
    /// The largest number of basis vectors kept (memory: (basisSize + 1)·n doubles).
    static let basisSize = 32
    /// The Ritz vectors kept at a restart.
    static let keptVectors = 16

    /// The leading eigenpair found, and whether the stopping rule was met.
    struct Result {
        var value: Double
        /// Unit L2 norm, its sum non-negative.
        var vector: [Double]
        var converged: Bool
        /// Matrix–vector products used.
        var products: Int
    }

    /// Finds the largest (algebraic) eigenvalue of the n×n symmetric matrix whose product is `multiply`.
    ///
    /// - Parameters:
    ///   - n: the order of the matrix (≥ 1).
    ///   - start: the start vector (not orthogonal to the wanted eigenvector: for a nonnegative irreducible matrix, any
    ///     positive vector).
    ///   - tolerance: the wanted bound on the error of the unit eigenvector.
    ///   - maxProducts: the most matrix–vector products before giving up.
    ///   - multiply: writes A·x into y (both of length n).
    /// - Returns: the eigenpair, `converged` false when `maxProducts` ran out first.
    /// - Complexity: O(products · (cost of a product + basisSize · n)) time, O(basisSize · n) memory.
    static func leading(size n: Int, start: [Double], tolerance: Double, maxProducts: Int,
                        multiply: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void) -> Result {
        precondition(n >= 1 && start.count == n)
        let m = min(n, basisSize)
        let keep = max(1, min(keptVectors, m - 1))
        // Row j of `basis` is the j-th Krylov vector; row m holds the residual direction when the basis is full.
        var basis = [Double](repeating: 0, count: (m + 1) * n)
        var t = [Double](repeating: 0, count: m * m)
        var coefficients = [Double](repeating: 0, count: m)
        var startNorm = 0.0
        for x in start { startNorm += x * x }
        startNorm = startNorm.squareRoot()
        for i in 0..<n { basis[i] = startNorm > 0 ? start[i] / startNorm : 1 / Double(n).squareRoot() }
        var firstNew = 0
        var products = 0
        while true {
            var size = m
            var beta = 0.0
            var invariant = false
            basis.withUnsafeMutableBufferPointer { v in
                for j in firstNew..<m {
                    let current = UnsafeBufferPointer(rebasing: v[(j * n)..<((j + 1) * n)])
                    let w = UnsafeMutableBufferPointer(rebasing: v[((j + 1) * n)..<((j + 2) * n)])
                    multiply(current, w)
                    products += 1
                    let productNorm = norm(UnsafeBufferPointer(w))
                    for i in 0...j { coefficients[i] = 0 }
                    // Classical Gram–Schmidt, repeated when it cancels most of the vector (the DGKS criterion:
                    // Daniel, Gragg, Kaufman & Stewart 1976; "twice is enough", Giraud et al. 2005).
                    var before = productNorm
                    for _ in 0..<2 {
                        for i in 0...j {
                            let vi = UnsafeBufferPointer(rebasing: v[(i * n)..<((i + 1) * n)])
                            let c = dot(vi, UnsafeBufferPointer(w))
                            subtract(c, vi, from: w)
                            coefficients[i] += c
                        }
                        let after = norm(UnsafeBufferPointer(w))
                        if after > 0.7071 * before { break }
                        before = after
                    }
                    for i in 0...j {
                        t[i * m + j] = coefficients[i]
                        t[j * m + i] = coefficients[i]
                    }
                    beta = norm(UnsafeBufferPointer(w))
                    if beta <= 1e-12 * productNorm || beta == 0 {
                        // The Krylov space is invariant under A: its Ritz values are exact eigenvalues.
                        size = j + 1
                        invariant = true
                        return
                    }
                    for k in 0..<n { w[k] /= beta }
                    if j + 1 < m {
                        t[(j + 1) * m + j] = beta
                        t[j * m + j + 1] = beta
                    }
                }
            }
            let (values, vectors) = symmetricEigen(t, stride: m, size: size)
            let lastRow = (size - 1) * size
            let residual = invariant ? 0 : beta * abs(vectors[lastRow])
            let gap = size > 1 ? values[0] - values[1] : abs(values[0])
            let converged = invariant || residual <= max(tolerance * gap, 1e-14 * abs(values[0]))
            if converged || products >= maxProducts {
                var x = combination(basis, n: n, coefficients: (0..<size).map { vectors[$0 * size] })
                var sum = 0.0
                for value in x { sum += value }
                if sum < 0 { for k in 0..<n { x[k] = -x[k] } }
                let length = x.withUnsafeBufferPointer { norm($0) }
                if length > 0 { for k in 0..<n { x[k] /= length } }
                return Result(value: values[0], vector: x, converged: converged, products: products)
            }
            // Thick restart: the `keep` leading Ritz vectors, then the residual direction (row m).
            var ritz: [Double] = []
            ritz.reserveCapacity(keep * n)
            for i in 0..<keep { ritz += combination(basis, n: n, coefficients: (0..<size).map { vectors[$0 * size + i] }) }
            basis.withUnsafeMutableBufferPointer { v in
                for k in 0..<n { v[keep * n + k] = v[m * n + k] }
                for k in 0..<(keep * n) { v[k] = ritz[k] }
            }
            for k in 0..<(m * m) { t[k] = 0 }
            for i in 0..<keep {
                t[i * m + i] = values[i]
                t[keep * m + i] = beta * vectors[lastRow + i]
                t[i * m + keep] = t[keep * m + i]
            }
            firstNew = keep
        }
    }

    /// Σ_j coefficients[j]·(row j of `basis`), rows of length n.
    private static func combination(_ basis: [Double], n: Int, coefficients: [Double]) -> [Double] {
        var x = [Double](repeating: 0, count: n)
        basis.withUnsafeBufferPointer { v in
            x.withUnsafeMutableBufferPointer { out in
                for (j, c) in coefficients.enumerated() where c != 0 {
                    subtract(-c, UnsafeBufferPointer(rebasing: v[(j * n)..<((j + 1) * n)]), from: out)
                }
            }
        }
        return x
    }

    private static func norm(_ x: UnsafeBufferPointer<Double>) -> Double { dot(x, x).squareRoot() }

    /// x·y with four independent partial sums (so the loop is not bound by the latency of one addition chain), added
    /// in a fixed order: the result depends only on the inputs.
    private static func dot(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>) -> Double {
        let n = x.count, blocks = n / 4
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        for b in 0..<blocks {
            let k = 4 * b
            s0 += x[k] * y[k]
            s1 += x[k + 1] * y[k + 1]
            s2 += x[k + 2] * y[k + 2]
            s3 += x[k + 3] * y[k + 3]
        }
        for k in (4 * blocks)..<n { s0 += x[k] * y[k] }
        return (s0 + s1) + (s2 + s3)
    }

    /// y ← y − c·x.
    private static func subtract(_ c: Double, _ x: UnsafeBufferPointer<Double>, from y: UnsafeMutableBufferPointer<Double>) {
        for k in 0..<x.count { y[k] -= c * x[k] }
    }

    /// The eigenvalues (descending) and eigenvectors of the leading `size`×`size` block of a symmetric matrix stored
    /// row-major with `stride`, by cyclic Jacobi rotations (Golub & Van Loan 2013, §8.5).
    ///
    /// - Returns: the values, and the vectors as a row-major `size`×`size` matrix whose column i belongs to value i.
    static func symmetricEigen(_ matrix: [Double], stride: Int, size: Int) -> (values: [Double], vectors: [Double]) {
        var a = [Double](repeating: 0, count: size * size)
        for i in 0..<size { for j in 0..<size { a[i * size + j] = matrix[i * stride + j] } }
        var v = [Double](repeating: 0, count: size * size)
        for i in 0..<size { v[i * size + i] = 1 }
        for _ in 0..<100 {
            var off = 0.0, total = 0.0
            for i in 0..<size {
                for j in 0..<size {
                    let x = a[i * size + j] * a[i * size + j]
                    total += x
                    if i != j { off += x }
                }
            }
            if off <= 1e-32 * total || off == 0 { break }
            for p in 0..<(size - 1) {
                for q in (p + 1)..<size {
                    let apq = a[p * size + q]
                    if apq == 0 { continue }
                    let theta = (a[q * size + q] - a[p * size + p]) / (2 * apq)
                    let tangent = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (tangent * tangent + 1).squareRoot(), s = tangent * c
                    for k in 0..<size {
                        let akp = a[k * size + p], akq = a[k * size + q]
                        a[k * size + p] = c * akp - s * akq
                        a[k * size + q] = s * akp + c * akq
                    }
                    for k in 0..<size {
                        let apk = a[p * size + k], aqk = a[q * size + k]
                        a[p * size + k] = c * apk - s * aqk
                        a[q * size + k] = s * apk + c * aqk
                    }
                    for k in 0..<size {
                        let vkp = v[k * size + p], vkq = v[k * size + q]
                        v[k * size + p] = c * vkp - s * vkq
                        v[k * size + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        let order = (0..<size).sorted { a[$0 * size + $0] > a[$1 * size + $1] }
        var values = [Double](repeating: 0, count: size)
        var vectors = [Double](repeating: 0, count: size * size)
        for (column, index) in order.enumerated() {
            values[column] = a[index * size + index]
            for k in 0..<size { vectors[k * size + column] = v[k * size + index] }
        }
        return (values, vectors)
    }
}
