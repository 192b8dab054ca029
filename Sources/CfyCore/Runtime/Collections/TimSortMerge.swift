// TimSort's two merges (CPython's merge_lo and merge_hi): one-at-a-time until a run wins
// min_gallop times in a row, then galloping while it pays, min_gallop adapting as it goes.

extension TimSortState {
    /// Merges a[pa..<pa+na] with a[pb..<pb+nb] (pb == pa + na), na <= nb, through a copy of A.
    mutating func mergeLo(_ pa: Int, _ na0: Int, _ pb: Int, _ nb0: Int) throws {
        let tmp = Array(a[pa..<(pa + na0)])
        var na = na0, nb = nb0, dest = pa, ia = 0, ib = pb
        func finish(_ s: inout TimSortState) {   // the rest of A goes last
            for j in 0..<na { s.a[dest + j] = tmp[ia + j] }
        }
        func copyB(_ s: inout TimSortState) {    // all of B, then A's last element
            for j in 0..<nb { s.a[dest + j] = s.a[ib + j] }
            s.a[dest + nb] = tmp[ia]
        }
        a[dest] = a[ib]; dest += 1; ib += 1; nb -= 1
        if nb == 0 { return finish(&self) }
        if na == 1 { return copyB(&self) }
        var mg = minGallop
        while true {
            var acount = 0, bcount = 0
            while true {
                if try lt(a[ib], tmp[ia]) {
                    a[dest] = a[ib]; dest += 1; ib += 1
                    bcount += 1; acount = 0; nb -= 1
                    if nb == 0 { return finish(&self) }
                    if bcount >= mg { break }
                } else {
                    a[dest] = tmp[ia]; dest += 1; ia += 1
                    acount += 1; bcount = 0; na -= 1
                    if na == 1 { return copyB(&self) }
                    if acount >= mg { break }
                }
            }
            mg += 1
            repeat {
                if mg > 1 { mg -= 1 }
                minGallop = mg
                var k = try gallopRight(a[ib], tmp, ia, na, 0)
                acount = k
                if k > 0 {
                    for j in 0..<k { a[dest + j] = tmp[ia + j] }
                    dest += k; ia += k; na -= k
                    if na == 1 { return copyB(&self) }
                    if na == 0 { return finish(&self) }
                }
                a[dest] = a[ib]; dest += 1; ib += 1; nb -= 1
                if nb == 0 { return finish(&self) }
                k = try gallopLeft(tmp[ia], a, ib, nb, 0)
                bcount = k
                if k > 0 {
                    for j in 0..<k { a[dest + j] = a[ib + j] }
                    dest += k; ib += k; nb -= k
                    if nb == 0 { return finish(&self) }
                }
                a[dest] = tmp[ia]; dest += 1; ia += 1; na -= 1
                if na == 1 { return copyB(&self) }
            } while acount >= 7 || bcount >= 7
            mg += 1
            minGallop = mg
        }
    }

    /// Merges a[pa..<pa+na] with a[pb..<pb+nb] (pb == pa + na), na >= nb, from the right,
    /// through a copy of B.
    mutating func mergeHi(_ pa: Int, _ na0: Int, _ pb: Int, _ nb0: Int) throws {
        let tmp = Array(a[pb..<(pb + nb0)])
        var na = na0, nb = nb0, dest = pb + nb0 - 1, ia = pa + na0 - 1, ib = nb0 - 1
        func finish(_ s: inout TimSortState) {   // the rest of B goes first
            for j in 0..<nb { s.a[dest - (nb - 1) + j] = tmp[j] }
        }
        func copyA(_ s: inout TimSortState) {    // all of A, then B's first element before it
            for j in 0..<na { s.a[dest - j] = s.a[ia - j] }
            s.a[dest - na] = tmp[ib]
        }
        a[dest] = a[ia]; dest -= 1; ia -= 1; na -= 1
        if na == 0 { return finish(&self) }
        if nb == 1 { return copyA(&self) }
        var mg = minGallop
        while true {
            var acount = 0, bcount = 0
            while true {
                if try lt(tmp[ib], a[ia]) {
                    a[dest] = a[ia]; dest -= 1; ia -= 1
                    acount += 1; bcount = 0; na -= 1
                    if na == 0 { return finish(&self) }
                    if acount >= mg { break }
                } else {
                    a[dest] = tmp[ib]; dest -= 1; ib -= 1
                    bcount += 1; acount = 0; nb -= 1
                    if nb == 1 { return copyA(&self) }
                    if bcount >= mg { break }
                }
            }
            mg += 1
            repeat {
                if mg > 1 { mg -= 1 }
                minGallop = mg
                var k = na - (try gallopRight(tmp[ib], a, pa, na, na - 1))
                acount = k
                if k > 0 {
                    for j in 0..<k { a[dest - j] = a[ia - j] }
                    dest -= k; ia -= k; na -= k
                    if na == 0 { return finish(&self) }
                }
                a[dest] = tmp[ib]; dest -= 1; ib -= 1; nb -= 1
                if nb == 1 { return copyA(&self) }
                k = nb - (try gallopLeft(a[ia], tmp, 0, nb, nb - 1))
                bcount = k
                if k > 0 {
                    for j in 0..<k { a[dest - j] = tmp[ib - j] }
                    dest -= k; ib -= k; nb -= k
                    if nb == 1 { return copyA(&self) }
                    if nb == 0 { return finish(&self) }
                }
                a[dest] = a[ia]; dest -= 1; ia -= 1; na -= 1
                if na == 0 { return finish(&self) }
            } while acount >= 7 || bcount >= 7
            mg += 1
            minGallop = mg
        }
    }
}
