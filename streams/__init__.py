"""newsstream streams: the Kafka side (faust app, topics, agents, CLI). Wires ``processors`` stages to topics."""
