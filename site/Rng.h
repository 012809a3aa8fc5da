// Small deterministic random generator (SplitMix64), identical on every platform and Qt version,
// so that the same --seed always produces byte-identical demo data.
#pragma once

#include <QtGlobal>
#include <cstdint>

class Rng
{
public:
    explicit Rng(quint64 seed = 0) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform integer in [0, bound). bound must be > 0.
    quint32 below(quint32 bound) { return quint32((next() >> 32) * bound >> 32); }
    /// Uniform integer in [lo, hi].
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    /// Uniform double in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

    /// A derived seed: mixing keeps streams for different purposes independent.
    static quint64 mix(quint64 a, quint64 b)
    {
        Rng r(a * 0x100000001B3ULL ^ (b + 0x632BE59BD9B4E019ULL));
        return r.next();
    }

private:
    quint64 m_state;
};
