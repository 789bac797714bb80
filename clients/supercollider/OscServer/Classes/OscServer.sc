// OscServer: a client for oscserver, a headless music server driven over OSC (Ableton Link tempo, beat and
// transport; MIDI on the beat grid; a retroactive audio looper). Every method sends one of the server's
// addresses (its contract is docs/osc-api.md in the oscserver repository); every answer and push that comes
// back is kept in -state and handed to the hooks registered with -on, -onTempo, -onBeat, -onTrackState...
//
// Copyright (C) the oscserver developers. GPL-3.0-or-later.

OscServer {
	classvar <defaultPort = 8000;

	var <addr;              // the server's NetAddr; answers come from this address
	var <state;             // address (Symbol) -> the arguments last received on it
	var <>keepAlivePeriod = 5; // seconds between re-subscriptions while subscribed
	var <subscribed = false;
	var <instance;          // the server instance the last /subscribed named; a new one is a restarted server
	var recvFunc, keepAlive, hooks, listenPort;

	*new { |host = "127.0.0.1", port|
		^super.new.init(host, port ? defaultPort)
	}

	init { |host, port|
		addr = NetAddr(host, port);
		state = IdentityDictionary.new;
		hooks = List.new;
		// One receiver for everything the server sends keeps -state complete, whatever hooks exist.
		recvFunc = { |msg, time, replyAddr|
			if(replyAddr == addr) {
				state[msg[0].asSymbol] = msg.drop(1);
				if(msg[0].asSymbol == '/subscribed') { this.prHeardInstance(msg[2]) };
			};
		};
		thisProcess.addOSCRecvFunc(recvFunc);
	}

	// -- plumbing -----------------------------------------------------------------------------------

	send { |path ... args|
		addr.sendMsg(path, *args);
	}

	// Call func with the arguments of every message the server sends on path; returns the OSCFunc
	// (free it to stop). Patterns are not needed: the server always answers on concrete addresses.
	on { |path, func|
		var oscFunc = OSCFunc({ |msg| func.value(*msg.drop(1)) }, path.asSymbol, addr);
		hooks.add(oscFunc);
		^oscFunc
	}

	// Like -on, for a value the server reports (tempo, a track's state): func runs only when the value
	// differs from the last one heard, so state sent again (a /dump, a refused set's answer) fires nothing.
	onChange { |path, func|
		var last = state[path.asSymbol];
		var oscFunc = OSCFunc({ |msg|
			var args = msg.drop(1);
			if(args != last) { last = args; func.value(*args) };
		}, path.asSymbol, addr);
		hooks.add(oscFunc);
		^oscFunc
	}

	// A renewal brings no state: a server instance not seen before (this client's start, or a restarted
	// server) is asked for all of it.
	prHeardInstance { |id|
		if(id.notNil and: { id != instance }) {
			instance = id;
			addr.sendMsg("/dump", listenPort ? NetAddr.langPort);
		};
	}

	// Send, then wait (inside a Routine) for the answer on reply (default: the same address) or an
	// /error; returns the answer's arguments, [\error, address, message] for an /error, or nil after timeout.
	request { |path, args, reply, timeout = 2|
		var cond = Condition.new, result, answer, failure;
		// The first answer wins: a refused set is followed by the value that stands, which must not
		// overwrite the /error before this routine resumes.
		answer = OSCFunc({ |msg|
			if(result.isNil) { result = msg.drop(1); cond.unhang };
		}, (reply ? path).asSymbol, addr).oneShot;
		failure = OSCFunc({ |msg|
			if(result.isNil and: { msg[1].asString == path.asString }) {
				result = [\error] ++ msg.drop(1); cond.unhang
			};
		}, '/error', addr);
		SystemClock.sched(timeout, { if(result.isNil) { cond.unhang }; nil });
		addr.sendMsg(path, *(args ? []));
		cond.hang;
		answer.free;
		failure.free;
		^result
	}

	// Inside a Routine: wait for the next message on path (already-received ones do not count).
	await { |path, timeout = 2|
		var cond = Condition.new, result, func;
		func = OSCFunc({ |msg| result = msg.drop(1); cond.unhang }, path.asSymbol, addr).oneShot;
		SystemClock.sched(timeout, { if(result.isNil) { cond.unhang }; nil });
		cond.hang;
		func.free;
		^result
	}

	// -- server ------------------------------------------------------------------------------------

	// Ask for every push on sclang's own port; the server answers /subscribed and, the first time, the full
	// state. Re-subscribes every keepAlivePeriod seconds, so a restarted server finds this client again (and
	// its new instance id makes the client ask /dump).
	subscribe { |port|
		var target = port ? NetAddr.langPort;
		listenPort = target;
		addr.sendMsg("/subscribe", target);
		subscribed = true;
		keepAlive.stop;
		keepAlive = SkipJack({ addr.sendMsg("/subscribe", target) }, keepAlivePeriod, { subscribed.not },
			"OscServer keep-alive", clock: SystemClock);
	}

	unsubscribe { |port|
		subscribed = false;
		keepAlive.stop;
		keepAlive = nil;
		addr.sendMsg("/unsubscribe", port ? NetAddr.langPort);
	}

	ping { |... args| this.send("/ping", *args) }
	version { this.send("/version") }
	status { this.send("/status") }
	api { this.send("/api") }

	// Stop listening and keeping the subscription alive; frees every hook made with -on.
	free {
		if(subscribed) { this.unsubscribe };
		hooks.do(_.free);
		hooks.clear;
		thisProcess.removeOSCRecvFunc(recvFunc);
	}

	// -- Link: tempo, beat, transport --------------------------------------------------------------

	tempo_ { |bpm| this.send("/link/tempo", bpm.asFloat) }
	tempo { ^state['/link/tempo'] !? { |args| args[0] } }
	nudge { |bpm = 1| this.tempo !? { |now| this.tempo = (now + bpm).clip(20, 999) } }
	play { this.send("/link/playing", 1) }
	stop { this.send("/link/playing", 0) }
	playing_ { |flag| this.send("/link/playing", flag.binaryValue) }
	playing { ^state['/link/playing'] !? { |args| args[0] == 1 } }
	quantum_ { |beats| this.send("/link/quantum", beats.asFloat) }
	quantum { ^state['/link/quantum'] !? { |args| args[0] } }
	linkEnabled_ { |flag| this.send("/link/enabled", flag.binaryValue) }
	startStopSync_ { |flag| this.send("/link/startstopsync", flag.binaryValue) }
	peers { ^state['/link/peers'] !? { |args| args[0] } }
	tap { this.send("/link/tap") }  // tap tempo: the tempo from the last taps (forgotten after 2 s without one)
	// /sync answers when the timeline reaches the next multiple of every beats (+ offset)
	sync { |every = 1, offset = 0, tag| this.send("/sync", every.asFloat, offset.asFloat, *(tag !? { [tag] } ? [])) }

	onTempo { |func| ^this.onChange("/link/tempo", func) }   // func.(bpm), on a change
	onPlaying { |func| ^this.onChange("/link/playing", func) } // func.(0 or 1), on a change
	onBeat { |func| ^this.on("/link/beat", func) }           // func.(beat, bar, beatInBar), bars and beats from 1
	onPeers { |func| ^this.onChange("/link/peers", func) }   // func.(count), on a change
	onSync { |func| ^this.on("/sync", func) }                // func.(beat, tag)
	onError { |func| ^this.on("/error", func) }              // func.(address, message)

	// -- MIDI (channels count from 1) ---------------------------------------------------------------

	note { |channel, note, velocity = 100, beats = 1, quantize = 0|
		this.send("/midi/note", channel, note, velocity, beats.asFloat, quantize.asFloat)
	}
	noteOn { |channel, note, velocity = 100| this.send("/midi/note_on", channel, note, velocity) }
	noteOff { |channel, note, velocity = 0| this.send("/midi/note_off", channel, note, velocity) }
	cc { |channel, control, value| this.send("/midi/cc", channel, control, value) }
	program { |channel, program| this.send("/midi/program", channel, program) }
	pitchbend { |channel, value| this.send("/midi/pitchbend", channel, value) }
	aftertouch { |channel, value| this.send("/midi/aftertouch", channel, value) }
	midiClock_ { |flag| this.send("/midi/clock", flag.binaryValue) }
	panic { this.send("/midi/panic") }

	// func.(channel, note, velocity, input) and func.(channel, control, value, input): input is the name of
	// the port it came in on (a server that does not send it leaves input nil; a func may leave it out)
	onMidiNote { |func| ^this.on("/midi/in/note", func) }
	onMidiCC { |func| ^this.on("/midi/in/cc", func) }

	// -- MIDI mapping: a controller's notes, CCs and program changes drive any address ------------------

	// kind \note, \cc or \program; channel 0 for any; then the address and its fixed arguments
	mapAdd { |kind, channel, number, address ... args|
		this.send("/map/add", kind.asString, channel, number, address.asString, *args)
	}
	// the next note, CC or program change from any input becomes the binding; no address cancels
	mapLearn { |address ... args|
		this.send("/map/learn", *(address !? { [address.asString] ++ args } ? []))
	}
	mapList { this.send("/map/list") }         // one /map/binding each, then /map/list count
	mapRemove { |id| this.send("/map/remove", id) }
	mapClear { this.send("/map/clear") }
	// send the binding's value back to the controller on output (an alias or a port), so its LEDs tell the truth
	mapFeedback { |id, output| this.send("/map/feedback", id, output.asString) }

	onMapAdded { |func| ^this.on("/map/added", func) }     // func.(id, kind, channel, number, address ... args)
	onMapBinding { |func| ^this.on("/map/binding", func) } // the same, once per binding, after -mapList
	onMapRemoved { |func| ^this.on("/map/removed", func) } // func.(id)

	midiLoop { |number| ^OscServerMidiLoop(this, number) }  // MIDI loops count from 1
	// func.(state, bars) on a change, as onTrackState
	onMidiLoopState { |number, func| ^this.onChange("/midiloop/" ++ number ++ "/state", func) }

	// -- looper and click (tracks count from 1) ------------------------------------------------------

	track { |number| ^OscServerTrack(this, number) }
	stopAll { this.send("/looper/stop") }
	clearAll { this.send("/looper/clear") }
	// loops follow the transport (true, the default): a stop stops every track at the next bar line, a start
	// brings back the ones that were playing
	follow_ { |flag| this.send("/looper/follow", flag.binaryValue) }
	follow { ^state['/looper/follow'] !? { |args| args[0] == 1 } }
	clickEnabled_ { |flag| this.send("/click/enabled", flag.binaryValue) }
	clickVolume_ { |level| this.send("/click/volume", level.asFloat) }
	latency_ { |seconds| this.send("/audio/latency", seconds.asFloat) }
	calibrate { this.send("/audio/calibrate") }

	onTrackPosition { |number, func| ^this.on("/looper/" ++ number ++ "/position", func) } // func.(0..1), every beat
	onDone { |func| ^this.on("/done", func) } // func.(address, result): an export's file, a session saved

	// func.(state, bars) on a change: state is one of \EMPTY \TRIGGERED \RECORDING \PLAYING \STOPPING \STOPPED
	onTrackState { |number, func| ^this.onChange("/looper/" ++ number ++ "/state", func) }

	// Whether the audio device and the MIDI process run: true, or false while the server reconnects or
	// restarts them by itself. func.(ok, what) on a change: ok 1 or 0, what the device or the reason.
	audioOk { ^state['/audio/ok'] !? { |args| args[0] == 1 } }
	midiOk { ^state['/midi/ok'] !? { |args| args[0] == 1 } }
	onAudioOk { |func| ^this.onChange("/audio/ok", func) }
	onMidiOk { |func| ^this.onChange("/midi/ok", func) }

	// -- sessions -----------------------------------------------------------------------------------

	save { |name| this.send("/session/save", *(name !? { [name] } ? [])) }
	load { |name| this.send("/session/load", name) }
	sessions { this.send("/session/list") }
}

// One looper track: server.track(1).record(4)
OscServerTrack {
	var <server, <number;

	*new { |server, number| ^super.newCopyArgs(server, number) }

	path { |verb| ^"/looper/" ++ number ++ "/" ++ verb }

	record { |bars = 4| server.send(this.path("record"), bars) }   // keep the previous bars, play at once
	arm { |bars = 4| server.send(this.path("arm"), bars) }         // record the next bars from the bar line
	play { server.send(this.path("play")) }
	stop { server.send(this.path("stop")) }
	clear { server.send(this.path("clear")) }
	overdub_ { |flag| server.send(this.path("overdub"), flag.binaryValue) }
	replace_ { |flag| server.send(this.path("replace"), flag.binaryValue) } // the input replaces the loop
	volume_ { |level| server.send(this.path("volume"), level.asFloat) }
	mute_ { |flag| server.send(this.path("mute"), flag.binaryValue) }
	solo_ { |flag| server.send(this.path("solo"), flag.binaryValue) }  // while any is soloed, only they sound
	askState { server.send(this.path("state")) }

	// Each take, pass, multiply, divide, reverse, speed and clear can be undone (at least 16 levels).
	undo { server.send(this.path("undo")) }
	redo { server.send(this.path("redo")) }
	multiply { |times = 2| server.send(this.path("multiply"), times.asInteger) } // from the next bar line
	divide { |times = 2| server.send(this.path("divide"), times.asInteger) }     // keeps the first 1/times
	reverse_ { |flag| server.send(this.path("reverse"), flag.binaryValue) }
	speed_ { |rate| server.send(this.path("speed"), rate.asFloat) }        // 0.5, 1 or 2
	oneshot { server.send(this.path("oneshot")) }                           // once from the bar line, then stop
	feedback_ { |level| server.send(this.path("feedback"), level.asFloat) } // what an overdub keeps, 0..1
	// the device input channels that feed the track (from 1; 0 = none); no arguments asks
	input { |left, right| server.send(this.path("input"), *([left, right].reject(_.isNil))) }
	stretch_ { |mode| server.send(this.path("stretch"), mode.asString) }   // \tape or \pitch
	export { server.send(this.path("export")) }  // a WAV under exports/: /done /looper/<n>/export path
	askPosition { server.send(this.path("position")) }

	// [state, bars] as last received, e.g. [\PLAYING, 4]; nil before the first answer
	state { ^server.state[this.path("state").asSymbol] }
	volume { ^server.state[this.path("volume").asSymbol] !? { |args| args[0] } }
	position { ^server.state[this.path("position").asSymbol] !? { |args| args[0] } } // 0..1 through the loop
	// as last received: overdub and reverse true or false, speed 0.5, 1 or 2 (nil before the first answer)
	overdub { ^server.state[this.path("overdub").asSymbol] !? { |args| args[0] == 1 } }
	reverse { ^server.state[this.path("reverse").asSymbol] !? { |args| args[0] == 1 } }
	speed { ^server.state[this.path("speed").asSymbol] !? { |args| args[0] } }
	onState { |func| ^server.onTrackState(number, func) }
	onPosition { |func| ^server.onTrackPosition(number, func) }
}
