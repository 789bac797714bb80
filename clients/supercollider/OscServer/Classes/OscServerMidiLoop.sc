// One MIDI loop of an OscServer: server.midiLoop(1).record(4). A MIDI loop works as an audio track does, on
// an always-on history of the MIDI that came in, and plays on a MIDI output.
//
// Copyright (C) the oscserver developers. GPL-3.0-or-later.

OscServerMidiLoop {
	var <server, <number;

	*new { |server, number| ^super.newCopyArgs(server, number) }

	path { |verb| ^"/midiloop/" ++ number ++ "/" ++ verb }

	record { |bars = 4| server.send(this.path("record"), bars) }   // keep the previous bars, play at once
	arm { |bars = 4| server.send(this.path("arm"), bars) }         // record the next bars from the bar line
	play { server.send(this.path("play")) }
	stop { server.send(this.path("stop")) }
	clear { server.send(this.path("clear")) }
	undo { server.send(this.path("undo")) }
	askState { server.send(this.path("state")) }
	output_ { |name| server.send(this.path("output"), name.asString) }   // an alias, or \out (the default)
	quantize_ { |beats| server.send(this.path("quantize"), beats.asFloat) } // 0 plays as recorded
	export { server.send(this.path("export")) } // a MIDI file under exports/: /done /midiloop/<n>/export path

	// [state, bars] as last received; nil before the first answer
	state { ^server.state[this.path("state").asSymbol] }
	onState { |func| ^server.onMidiLoopState(number, func) }
}
