"""The Support tab: trusted people, finding a therapist, a first appointment and values."""
